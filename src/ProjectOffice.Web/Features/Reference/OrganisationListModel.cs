namespace ProjectOffice.Web.Features.Reference;

public sealed class OrganisationListModel
{
    public required IReadOnlyList<OrganisationRow> Rows { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }

    /// <summary>The «add» form under the list, with what was typed when it was refused.</summary>
    public required OrganisationForm New { get; init; }
}
