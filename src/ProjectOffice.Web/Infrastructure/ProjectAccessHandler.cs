using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Grants a permission on one project by the signed-in person's role in that project's team
/// (leader, project administrator …). Global grants are <see cref="PermissionHandler"/>'s job.
/// </summary>
public sealed class ProjectAccessHandler(AppDbContext db) : AuthorizationHandler<PermissionRequirement, ProjectResource>
{
    protected override async Task HandleRequirementAsync(
        AuthorizationHandlerContext context, PermissionRequirement requirement, ProjectResource resource)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || RolePermissions.Grants(context.User.FindAll(ClaimTypes.Role).Select(c => c.Value), requirement.Permission))
        {
            // Global grants need no look at the team (PermissionHandler succeeds for them).
            return;
        }

        var projectRoles = await ProjectPermissions.TeamRolesAsync(db, userId, resource.ProjectId, CancellationToken.None);
        if (RolePermissions.GrantsInProject(projectRoles, requirement.Permission)
            || (requirement.Permission == Permissions.ViewProject
                && await ProjectPermissions.IsReaderAsync(db, userId, resource.ProjectId, CancellationToken.None)))
        {
            context.Succeed(requirement);
        }
    }
}
