using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Approval;

public sealed class ApprovalPageModel
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required ProjectStatus Status { get; init; }
    public required uint Version { get; init; }
    public int? LatestVersion { get; init; }
    public DateOnly? LatestVersionOn { get; init; }

    /// <summary>What changed since the latest approved version, while a new one is being prepared or decided.</summary>
    public ChangeSummary? Changes { get; init; }

    /// <summary>The return or change request that made the current draft, shown to the leader.</summary>
    public DecisionRow? Reason { get; init; }

    /// <summary>The passport steps the signed-in person may take now, grouped as they share one comment box.</summary>
    public required IReadOnlyList<DecisionKind> Steps { get; init; }
    public required IReadOnlyList<StageRow> Stages { get; init; }
    public required IReadOnlyList<DecisionRow> History { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public FormFailure? Failure { get; init; }

    public FormFailure? FailureFor(IEnumerable<DecisionKind> kinds, int? stageId = null) =>
        Failure is { } f && f.StageId == stageId && kinds.Contains(f.Kind) ? f : null;
}
