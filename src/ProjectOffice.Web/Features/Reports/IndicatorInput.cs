namespace ProjectOffice.Web.Features.Reports;

public sealed class IndicatorInput
{
    public int IndicatorId { get; set; }
    public string? ActualText { get; set; }
    public string? ForecastText { get; set; }
}
