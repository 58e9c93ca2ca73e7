namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// The team editor. People and organisations are listed once for the whole page (datalists the rows' fields refer to),
/// not as a select of the whole reference list in every row.
/// </summary>
public sealed class TeamPage
{
    public required PassportHeading Heading { get; init; }
    public required TeamForm Form { get; init; }

    /// <summary>Every person of the reference list in name order: the label to choose and what the passport falls back to.</summary>
    public required IReadOnlyList<PersonOption> People
    {
        get;
        init
        {
            field = value;
            byId = value.ToDictionary(p => p.Id);
        }
    }

    /// <summary>The labels of the organisations a new person may work for.</summary>
    public required IReadOnlyList<string> Organisations { get; init; }

    /// <summary>National passports have the participants table (section 5); a municipal one shows it only if it has groups.</summary>
    public required bool ShowGroups { get; init; }

    public PersonOption? Person(int? id) => id is { } key ? byId.GetValueOrDefault(key) : null;

    private readonly Dictionary<int, PersonOption> byId = [];
}
