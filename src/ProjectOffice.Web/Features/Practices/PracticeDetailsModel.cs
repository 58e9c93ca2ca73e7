using ProjectOffice.Forms.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The practice page: the whole passport, and what the user may do with it.</summary>
public sealed class PracticeDetailsModel
{
    public required PracticeFormData Data { get; init; }
    public bool CanEdit { get; init; }
    public bool CanPublish { get; init; }
    public IReadOnlyList<string> MissingForPublication { get; init; } = [];

    /// <summary>The edit links next to the section headings; null for readers.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<SectionLink>>? SectionLinks { get; init; }
}
