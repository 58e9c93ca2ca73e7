namespace ProjectOffice.Domain.Practices;

/// <summary>One row of the opportunities (section 8) or approaches (section 9) table.</summary>
public sealed class PracticeListItem : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public PracticeListKind Kind { get; set; }
    public string Text { get; set; } = "";
    public int SortOrder { get; set; }
}
