namespace ProjectOffice.Web.Features.Reference;

public sealed class OrganisationPage
{
    public required int Id { get; init; }
    public required OrganisationForm Form { get; init; }
}
