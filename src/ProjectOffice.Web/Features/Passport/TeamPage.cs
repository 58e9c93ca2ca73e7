namespace ProjectOffice.Web.Features.Passport;

public sealed class TeamPage
{
    public required PassportHeading Heading { get; init; }
    public required TeamForm Form { get; init; }
    public required IReadOnlyList<PersonOption> People { get; init; }
    public required IReadOnlyList<OrganisationOption> Organisations { get; init; }

    /// <summary>National passports have the participants table (section 5); a municipal one shows it only if it has groups.</summary>
    public required bool ShowGroups { get; init; }

    public PersonOption? Person(int? id) => id is null ? null : People.FirstOrDefault(p => p.Id == id);
}
