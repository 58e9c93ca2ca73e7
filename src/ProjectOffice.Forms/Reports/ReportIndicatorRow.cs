using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Forms.Reports;

/// <summary>An indicator in the report: the year's target, the period's and the cumulative actual, % of the pro-rata target, the forecast.</summary>
public sealed record ReportIndicatorRow
{
    public required int IndicatorId { get; init; }
    public required string Number { get; init; }
    public required string Name { get; init; }
    public string? Unit { get; init; }
    public string? TargetText { get; init; }
    public required IndicatorAccrual Accrual { get; init; }
    public string? ActualText { get; init; }
    public decimal? Cumulative { get; init; }
    public decimal? Percent { get; init; }
    public required TrafficLight Light { get; init; }
    public string? ForecastText { get; init; }

    /// <summary>Target and cumulative actual for the chart: the year's target, and the actual after each period so far.</summary>
    public required IReadOnlyList<ReportChartPoint> Chart { get; init; }
    public decimal? Target { get; init; }
}
