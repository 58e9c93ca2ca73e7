namespace ProjectOffice.Web.Features.Reports;

/// <summary>A project's reports: each period from the start to the one being reported, with the status of its latest revision.</summary>
public sealed class ReportListModel
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required IReadOnlyList<ReportListRow> Rows { get; init; }
    public string? Period { get; init; }
    public string? PeriodError { get; init; }
}
