namespace ProjectOffice.Domain.Reports;

/// <summary>One decision in a report's history, as the report page lists it.</summary>
public sealed class ReportDecisionRecord
{
    public ReportStep Step { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string? Comment { get; set; }

    /// <summary>The journal's words for it.</summary>
    public override string ToString() => $"{ReportWorkflow.StepLabel(Step)} — {UserName}" + (Comment is null ? "" : $": {Comment}");
}
