namespace ProjectOffice.Web.Features.Users;

public sealed class UserRow
{
    public required string UserName { get; init; }
    public required string FullName { get; init; }
    public string? Email { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }

    /// <summary>Locked on the account or stopped by the failed sign-in limit from some address.</summary>
    public bool Locked { get; set; }
}
