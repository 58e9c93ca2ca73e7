namespace ProjectOffice.Web.Features.Reference;

public sealed class OrganisationRow
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }
    public required int People { get; init; }
}
