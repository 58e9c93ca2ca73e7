namespace ProjectOffice.Web.Features.Projects;

/// <summary>A person in a project role; PersonId is null when the passport names no registered person.</summary>
public sealed class ApiPerson
{
    public int? PersonId { get; init; }
    public required string FullName { get; init; }
    public required string ShortName { get; init; }
    public string? Position { get; init; }
}
