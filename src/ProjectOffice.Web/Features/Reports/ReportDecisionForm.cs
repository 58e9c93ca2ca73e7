namespace ProjectOffice.Web.Features.Reports;

/// <summary>Every decision button on a report posts this: the report's Version as the page showed it, and the comment.</summary>
public sealed class ReportDecisionForm
{
    public uint Version { get; set; }
    public string? Comment { get; set; }
}
