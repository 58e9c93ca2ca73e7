namespace ProjectOffice.Domain.Practices;

/// <summary>Section 17: a resource the practice needs and what for; one purpose per line, printed as rows of its own.</summary>
public sealed class PracticeResource : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Description { get; set; } = "";
    public string? Purposes { get; set; }
    public int SortOrder { get; set; }

    public IReadOnlyList<string> PurposeLines() =>
        (Purposes ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
