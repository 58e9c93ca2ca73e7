namespace ProjectOffice.Domain.Practices;

/// <summary>Section 16: a normative act adopted or amended for the practice.</summary>
public sealed class PracticeNormativeAct : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public NormativeActKind Kind { get; set; }
    public string Name { get; set; } = "";

    /// <summary>Amended acts only: «Изменения, внесенные в НПА».</summary>
    public string? Changes { get; set; }
    public string? Result { get; set; }
    public int SortOrder { get; set; }
}
