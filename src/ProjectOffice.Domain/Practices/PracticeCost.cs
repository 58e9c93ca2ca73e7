namespace ProjectOffice.Domain.Practices;

/// <summary>Section 19: a cost item in thousand rubles (up to 3 decimals) and its funding sources (one per line).</summary>
public sealed class PracticeCost : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Item { get; set; } = "";

    /// <summary>As typed («29 310,220»), printed as typed; the number is what the total adds up.</summary>
    public string AmountText { get; set; } = "";
    public decimal Amount { get; set; }
    public string? Source { get; set; }
    public int SortOrder { get; set; }
}
