using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// What a caller may do on one project: the global roles' grants, the grants of their roles in the project's team,
/// and reading for the project's readers (<see cref="ProjectReaders"/>). One rule for <see cref="ProjectAccessHandler"/>
/// (one permission) and <see cref="ProjectAccessAttribute"/> (all of them at once).
/// </summary>
public static class ProjectPermissions
{
    /// <summary>
    /// Every permission the caller holds on the project, given their roles in its team (read by the caller, usually
    /// with the project itself); empty for a caller who is not signed in.
    /// </summary>
    public static async Task<IReadOnlySet<string>> EffectiveAsync(
        AppDbContext db, ClaimsPrincipal user, int projectId, IReadOnlyCollection<MemberRole> team, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var granted = Permissions.All
            .Where(p => RolePermissions.Grants(roles, p) || RolePermissions.GrantsInProject(team, p))
            .ToHashSet(StringComparer.Ordinal);
        if (!granted.Contains(Permissions.ViewProject) && await IsReaderAsync(db, userId, projectId, ct))
        {
            granted.Add(Permissions.ViewProject);
        }

        return granted;
    }

    /// <summary>The person's roles in the project's team (leader, project administrator, curator …).</summary>
    public static Task<List<MemberRole>> TeamRolesAsync(AppDbContext db, string userId, int projectId, CancellationToken ct) =>
        db.ProjectMembers
            .Where(m => m.ProjectId == projectId && m.Person!.UserId == userId)
            .Select(m => m.Role)
            .Distinct()
            .ToListAsync(ct);

    /// <summary>Whether the person reads the project without a global reading role (team, responsible, organisation).</summary>
    public static Task<bool> IsReaderAsync(AppDbContext db, string userId, int projectId, CancellationToken ct) =>
        db.Projects.Where(p => p.Id == projectId).ReadableBy(db, userId).AnyAsync(ct);
}
