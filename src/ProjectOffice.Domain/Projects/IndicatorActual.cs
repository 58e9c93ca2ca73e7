namespace ProjectOffice.Domain.Projects;

/// <summary>An actual value of an indicator reported for a year or a period («I квартал 2020»).</summary>
public sealed class IndicatorActual
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int? Year { get; set; }
    public string? PeriodText { get; set; }
    public string ValueText { get; set; } = "";
    public decimal? Value { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public string? Comment { get; set; }
}
