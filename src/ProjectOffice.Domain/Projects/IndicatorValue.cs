namespace ProjectOffice.Domain.Projects;

/// <summary>An indicator's planned value for a year, as typed plus its number.</summary>
public sealed class IndicatorValue
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }

    /// <summary>The period as the paper types it over the value («на 01.01.2025», «2025 год»); null prints the year.</summary>
    public string? PeriodText { get; set; }
    public string? PlannedText { get; set; }
    public decimal? Planned { get; set; }
}
