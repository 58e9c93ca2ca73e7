namespace ProjectOffice.Web.Features.Passport;

public sealed class StagesPage
{
    public required PassportHeading Heading { get; init; }

    /// <summary>«01.02.2020 – 31.12.2021»: the period every stage must lie in.</summary>
    public required string Period { get; init; }
    public required StagesForm Form { get; init; }
}
