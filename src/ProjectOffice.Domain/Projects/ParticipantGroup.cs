namespace ProjectOffice.Domain.Projects;

/// <summary>A heading of the national participants table: a result or «Общие организационные мероприятия по проекту».</summary>
public sealed class ParticipantGroup
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public ParticipantGroupKind Kind { get; set; } = ParticipantGroupKind.Result;

    /// <summary>The heading as printed; none for the project group.</summary>
    public string? Title { get; set; }
    public int? ResultId { get; set; }
    public int SortOrder { get; set; }
}
