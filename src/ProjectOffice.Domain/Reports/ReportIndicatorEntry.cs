namespace ProjectOffice.Domain.Reports;

/// <summary>An indicator's actual for the period as typed (phrases kept) with its number, and the leader's forecast to the year's end.</summary>
public sealed class ReportIndicatorEntry
{
    public int IndicatorId { get; set; }
    public string? ActualText { get; set; }
    public decimal? Actual { get; set; }
    public string? ForecastText { get; set; }
}
