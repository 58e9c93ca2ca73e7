using ProjectOffice.Web.Features.Layout;
namespace ProjectOffice.Web.Features.Plan;

public sealed class MoveItemPage
{
    public required ProjectHeader Project { get; init; }
    public required int ItemId { get; init; }
    public required string Title { get; init; }

    /// <summary>Places the item may go; the value "" is the top level of the plan.</summary>
    public required IReadOnlyList<ChoiceOption> Places { get; init; }
    public string? Error { get; init; }
}
