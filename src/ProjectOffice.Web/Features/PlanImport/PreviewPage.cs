using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>What applying the uploaded plan would add, change and remove, and the sealed upload to confirm it with.</summary>
public sealed class PreviewPage
{
    public required ProjectHeader Project { get; init; }
    public required string FileName { get; init; }

    /// <summary>The parsed upload, protected against forgery (see <see cref="PlanImportTicket"/>).</summary>
    public required string Payload { get; init; }
    public required IReadOnlyList<AddedItem> Added { get; init; }
    public required IReadOnlyList<ChangedItem> Changed { get; init; }
    public required IReadOnlyList<RemovedItem> Removed { get; init; }

    public bool HasChanges => Added.Count + Changed.Count + Removed.Count > 0;
}
