namespace ProjectOffice.Web.Features.Passport;

public sealed class GeneralPage
{
    public required PassportHeading Heading { get; init; }
    public required GeneralForm Form { get; init; }
}
