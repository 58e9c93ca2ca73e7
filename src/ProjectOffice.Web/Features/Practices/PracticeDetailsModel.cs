namespace ProjectOffice.Web.Features.Practices;

/// <summary>The practice page: the whole passport, and what the user may do with it.</summary>
public sealed class PracticeDetailsModel
{
    public required PracticeFormData Data { get; init; }
    public bool CanEdit { get; init; }
    public bool CanPublish { get; init; }
    public IReadOnlyList<string> MissingForPublication { get; init; } = [];
}
