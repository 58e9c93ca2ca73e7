namespace ProjectOffice.Domain.Practices;

/// <summary>Section 23: a person responsible for the practice. Practices come from other municipalities, so contacts are text, not people of the portal.</summary>
public sealed class PracticeContact : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Name { get; set; } = "";
    public string? Position { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public int SortOrder { get; set; }

    /// <summary>«Чернат Александра Вячеславовна, директор ЧОУ ДО «Академия Технолаб»».</summary>
    public string NameWithPosition => string.IsNullOrWhiteSpace(Position) ? Name : $"{Name}, {Position}";
}
