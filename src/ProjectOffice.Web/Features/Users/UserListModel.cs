namespace ProjectOffice.Web.Features.Users;

public sealed class UserListModel
{
    public required IReadOnlyList<UserRow> Rows { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
}
