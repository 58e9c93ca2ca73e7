namespace ProjectOffice.Web.Features.Reference;

public sealed class PeopleListModel
{
    public required IReadOnlyList<PersonRow> Rows { get; init; }
    public required string Query { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required int Total { get; init; }
}
