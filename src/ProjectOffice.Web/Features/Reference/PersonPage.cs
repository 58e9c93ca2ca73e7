using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Reference;

public sealed class PersonPage
{
    /// <summary>Null for a new person.</summary>
    public int? Id { get; init; }
    public required PersonForm Form { get; init; }
    public required IReadOnlyList<OrganisationOption> Organisations { get; init; }
}
