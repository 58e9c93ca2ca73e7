using ProjectOffice.Web.Features.Layout;
namespace ProjectOffice.Web.Features.Plan;

public sealed class DeleteItemPage
{
    public required ProjectHeader Project { get; init; }
    public required int ItemId { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Children { get; init; }

    /// <summary>Control events that take everything from a control point being deleted: deleted with it.</summary>
    public required int EventsDeleted { get; init; }

    /// <summary>Control events with their own name and date: they stay, without the link.</summary>
    public required int EventsUnlinked { get; init; }
    public string? Error { get; init; }
}
