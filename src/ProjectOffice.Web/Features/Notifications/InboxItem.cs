namespace ProjectOffice.Web.Features.Notifications;

/// <summary>Something that waits for the signed-in person: a passport to agree or approve, a stage to close, a return to answer.</summary>
public sealed class InboxItem
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required string What { get; init; }

    /// <summary>Who sent it this way and their comment, when there is one.</summary>
    public string? From { get; init; }
    public string? Comment { get; init; }
    public DateTimeOffset? Since { get; init; }
    public string Href => $"/projects/{ProjectId}/approval";
}
