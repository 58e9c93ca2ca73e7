namespace ProjectOffice.Domain.Reports;

/// <summary>
/// A project's report for one period, in one revision. Revision 1 is the first; a correction of an accepted report
/// opens the next revision as a draft and leaves the accepted one (and its snapshot) unchanged.
/// </summary>
public sealed class ProjectReport
{
    public int Id { get; set; }
    public int ProjectId { get; set; }

    /// <summary>«2021-03», «2021-Q1», «2021» (<see cref="ReportingPeriod.Code"/>).</summary>
    public string Period { get; set; } = "";
    public int Revision { get; set; } = 1;
    public ReportStatus Status { get; set; } = ReportStatus.Draft;
    public ReportContent Content { get; set; } = new();
    public List<ReportDecisionRecord> History { get; set; } = [];

    public string? SubmittedByUserId { get; set; }
    public string? SubmittedByName { get; set; }
    public DateOnly? SubmittedOn { get; set; }
    public string? AgreedByUserId { get; set; }
    public string? AgreedByName { get; set; }
    public DateOnly? AgreedOn { get; set; }
    public string? AcceptedByUserId { get; set; }
    public string? AcceptedByName { get; set; }
    public DateOnly? AcceptedOn { get; set; }

    /// <summary>The report document as accepted (jsonb): reprints read it, never the live data.</summary>
    public string? Snapshot { get; set; }

    /// <summary>Optimistic-concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
