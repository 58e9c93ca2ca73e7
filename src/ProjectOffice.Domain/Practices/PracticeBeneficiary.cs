namespace ProjectOffice.Domain.Practices;

/// <summary>Section 18: a beneficiary (region, businesses, residents …) and the benefits it got.</summary>
public sealed class PracticeBeneficiary : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Name { get; set; } = "";
    public string? Benefits { get; set; }
    public int SortOrder { get; set; }
}
