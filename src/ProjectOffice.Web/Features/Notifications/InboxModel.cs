namespace ProjectOffice.Web.Features.Notifications;

public sealed class InboxModel
{
    public required IReadOnlyList<InboxItem> Items { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
}
