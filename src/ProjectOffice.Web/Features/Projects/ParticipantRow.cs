namespace ProjectOffice.Web.Features.Projects;

/// <summary>A row of the national «Участники» table, numbered across all groups.</summary>
public sealed class ParticipantRow
{
    public required int Number { get; init; }
    public required string Role { get; init; }
    public required string Name { get; init; }
    public string? Position { get; init; }
    public string? Supervisor { get; init; }
    public string? Employment { get; init; }
}
