using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Forms.Reports;

/// <summary>
/// The office's monitoring settings (section «Reporting»): how often projects report, the working day of the next
/// month the report is due, and the traffic-light thresholds in percent of the pro-rata target.
/// </summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    public ReportingPeriodKind Periodicity { get; set; } = ReportingPeriodKind.Month;
    public int DueWorkingDay { get; set; } = 3;
    public decimal GreenPercent { get; set; } = DeviationThresholds.Default.GreenPercent;
    public decimal YellowPercent { get; set; } = DeviationThresholds.Default.YellowPercent;

    public DeviationThresholds Thresholds => new(GreenPercent, YellowPercent);
}
