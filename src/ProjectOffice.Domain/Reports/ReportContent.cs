namespace ProjectOffice.Domain.Reports;

/// <summary>What people add to a report prepared from the data (stored as one jsonb document with the report).</summary>
public sealed class ReportContent
{
    public List<ReportEventNote> Events { get; set; } = [];
    public List<ReportIndicatorEntry> Indicators { get; set; } = [];
    public List<ReportBudgetEntry> Budget { get; set; } = [];

    /// <summary>Risks and problems of the period, free text (the risk register's open high and critical risks are listed beside it).</summary>
    public string? Risks { get; set; }
    public string? Proposals { get; set; }

    public override string ToString() =>
        $"Пояснений: {Events.Count}, показателей: {Indicators.Count}, источников: {Budget.Count}";
}
