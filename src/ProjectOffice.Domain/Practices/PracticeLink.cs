namespace ProjectOffice.Domain.Practices;

/// <summary>Section 22: an internet resource of the practice (site, social network group).</summary>
public sealed class PracticeLink : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public int SortOrder { get; set; }
}
