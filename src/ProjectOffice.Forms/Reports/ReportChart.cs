namespace ProjectOffice.Forms.Reports;

/// <summary>
/// A report's indicator chart: the actual reached by the end of each period of the year against the year's target,
/// drawn by <see cref="IndicatorChart"/>. Same markup on the page and in the print.
/// </summary>
public static class ReportChart
{
    public static string Svg(ReportIndicatorRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return IndicatorChart.Svg(
            $"{row.Name}: план {ReportCaptions.Number(row.Target)}, факт {ReportCaptions.Number(row.Cumulative)}",
            row.Chart.Select(p => new IndicatorChartBar(p.Label, row.Target, p.Actual)).ToList());
    }
}
