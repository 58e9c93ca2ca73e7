namespace ProjectOffice.Domain.Access;

/// <summary>The one table of which global role grants which permission.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        [Roles.Admin] = [Permissions.ViewProjects, Permissions.ManageUsers, Permissions.ManageReferenceLists],
        [Roles.Office] = [Permissions.ViewProjects],
        [Roles.Curator] = [Permissions.ViewProjects],
        [Roles.Leader] = [Permissions.ViewProjects],
        [Roles.Methodist] = [Permissions.ViewProjects],
        [Roles.Viewer] = [Permissions.ViewProjects],
    };

    public static bool Grants(IEnumerable<string> roles, string permission) =>
        roles.Any(role => Table.TryGetValue(role, out var granted) && granted.Contains(permission));
}
