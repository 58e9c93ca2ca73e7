namespace ProjectOffice.Web.Features.Passport;

public sealed record OrganisationOption(int Id, string Name);
