namespace ProjectOffice.Web.Features.Projects;

/// <summary>GET /api/projects/{id}: the project's main passport fields.</summary>
public sealed class ApiProjectDetails
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public string? NationalProject { get; init; }
    public string? FederalProject { get; init; }
    public string? RegionalProject { get; init; }
    public required string Layout { get; init; }
    public required string Status { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
    public string? Goal { get; init; }
    public ApiPerson? Leader { get; init; }
    public ApiPerson? Curator { get; init; }
    public required IReadOnlyList<ApiStage> Stages { get; init; }
}
