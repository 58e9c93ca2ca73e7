namespace ProjectOffice.Web.Features.RoleConflicts;

public sealed class RoleConflictsModel
{
    public required IReadOnlyList<RoleConflictRow> Rows { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required int Total { get; init; }
}
