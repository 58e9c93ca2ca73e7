namespace ProjectOffice.Domain.Plans;

/// <summary>A plan item's planned value for one year (2026 | 2027 | 2028), as typed.</summary>
public sealed class PlanYearValue
{
    public int Year { get; set; }
    public string Text { get; set; } = "";
}
