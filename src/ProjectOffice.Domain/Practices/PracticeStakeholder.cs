namespace ProjectOffice.Domain.Practices;

/// <summary>Section 12: a group of people involved in the practice or reached by it, and how many («Педагоги – 40 человек»).</summary>
public sealed class PracticeStakeholder : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public StakeholderKind Kind { get; set; }
    public string Group { get; set; } = "";

    /// <summary>The count as typed («40 человек», «14 947 человек.») and the number it holds.</summary>
    public string? CountText { get; set; }
    public decimal? Count { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The cell as printed: «Педагоги – 40 человек».</summary>
    public string Printed => string.IsNullOrWhiteSpace(CountText) ? Group : $"{Group} – {CountText}";
}
