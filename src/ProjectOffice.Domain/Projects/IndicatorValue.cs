namespace ProjectOffice.Domain.Projects;

/// <summary>An indicator's planned value for a year, as typed plus its number.</summary>
public sealed class IndicatorValue
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public string? PlannedText { get; set; }
    public decimal? Planned { get; set; }
}
