using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
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

        var projectRoles = await db.ProjectMembers
            .Where(m => m.ProjectId == resource.ProjectId && m.Person!.UserId == userId)
            .Select(m => m.Role)
            .Distinct()
            .ToListAsync();
        // Any role in the team reads the project.
        if (requirement.Permission == Permissions.ViewProject && projectRoles.Count > 0)
        {
            context.Succeed(requirement);
            return;
        }

        if (RolePermissions.GrantsInProject(projectRoles, requirement.Permission)
            || (requirement.Permission == Permissions.ViewProject && await TakesPartAsync(userId, resource.ProjectId)))
        {
            context.Succeed(requirement);
        }
    }

    /// <summary>
    /// A person reads a project they are responsible for in the plan, or one whose team includes someone of their
    /// organisation; people of other organisations without a global reading role do not.
    /// </summary>
    private async Task<bool> TakesPartAsync(string userId, int projectId)
    {
        var me = await db.People.Where(p => p.UserId == userId).Select(p => new { p.Id, p.OrganisationId }).FirstOrDefaultAsync();
        if (me is null)
        {
            return false;
        }

        return await db.Responsibles.AnyAsync(r => r.PersonId == me.Id
                   && (db.PlanItems.Any(i => i.Id == r.PlanItemId && i.ProjectId == projectId)
                       || db.ControlEvents.Any(e => e.Id == r.ControlEventId && e.ProjectId == projectId)))
               || (me.OrganisationId != null && await db.ProjectMembers.AnyAsync(m => m.ProjectId == projectId && m.Person!.OrganisationId == me.OrganisationId));
    }
}
