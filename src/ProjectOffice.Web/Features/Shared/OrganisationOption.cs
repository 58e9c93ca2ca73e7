namespace ProjectOffice.Web.Features.Layout;

public sealed record OrganisationOption(int Id, string Name);
