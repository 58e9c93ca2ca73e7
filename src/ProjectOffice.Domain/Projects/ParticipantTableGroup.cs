namespace ProjectOffice.Domain.Projects;

/// <summary>A group of the participants table: its heading (none for the project's own rows) and its rows.</summary>
public sealed record ParticipantTableGroup(string? Heading, IReadOnlyList<ParticipantTableRow> Rows);
