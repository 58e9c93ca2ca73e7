namespace ProjectOffice.Web.Features.Projects;

/// <summary>A group of the participants table: its heading (none for the project's own rows) and its rows.</summary>
public sealed class ParticipantGroupView
{
    public string? Heading { get; init; }
    public required IReadOnlyList<ParticipantRow> Rows { get; init; }
}
