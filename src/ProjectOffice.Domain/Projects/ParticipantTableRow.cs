namespace ProjectOffice.Domain.Projects;

/// <summary>A row of the national participants table (section 5), numbered 1…n across all groups; the name in the short form («Ермаков А.В.»).</summary>
public sealed record ParticipantTableRow(int Number, string Role, string Name, string? Position, string? Supervisor, string? Employment);
