using ProjectOffice.Domain.Reports;
using ProjectOffice.Forms.Reports;

namespace ProjectOffice.Web.Features.Reports;

/// <summary>The report page: the document (the same record the print renders), the leader's form and the decisions open to the viewer.</summary>
public sealed class ReportPageModel
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required ReportDocument Document { get; init; }
    public required uint Version { get; init; }
    public required bool Exists { get; init; }
    public required ReportEditForm Form { get; init; }
    public required IReadOnlyList<(int Id, string Name)> Sources { get; init; }
    public required bool CanEdit { get; init; }
    public required bool CanSubmit { get; init; }
    public required IReadOnlyList<ReportStep> Steps { get; init; }
    public required IReadOnlyList<ReportDecisionRecord> History { get; init; }
    public required IReadOnlyList<int> Revisions { get; init; }
    public string? StepError { get; init; }
    public ReportStep? FailedStep { get; init; }
    public string? FailedComment { get; init; }

    public string Url => $"/projects/{ProjectId}/reports/{Document.Period}";
}
