using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// «Load the project, 404, authorize, 403» for a route about one project, in that order everywhere: the project comes
/// from the route's <c>{eventId}</c> (a control event), <c>{fileId}</c> (an evidence file) or <c>{id}</c>; a project
/// (or event, or file) that does not exist answers 404 to anyone signed in, one the caller may not
/// <see cref="Permission"/> answers 403. It runs before model binding, so a refused upload is not read. The caller's
/// permissions on the project reach the action as a <see cref="ProjectAccess"/> parameter. On a controller and on one
/// of its actions, both permissions are needed (and the project is looked up once).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProjectAccessAttribute(string permission) : Attribute, IAsyncAuthorizationFilter
{
    public string Permission { get; } = permission;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is not null)
        {
            return;
        }

        var http = context.HttpContext;
        var access = ProjectAccess.Of(http);
        if (access is null)
        {
            var db = http.RequestServices.GetRequiredService<AppDbContext>();
            var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
            // One query (not split) for the project and the caller's roles in its team: the filter sits on budgeted pages.
            var found = await Projects(context, db).AsNoTracking().AsSingleQuery()
                .Select(p => new { p.Id, Team = p.Members.Where(m => m.Person!.UserId == userId).Select(m => m.Role).ToList() })
                .SingleOrDefaultAsync(http.RequestAborted);
            if (found is null)
            {
                context.Result = new NotFoundResult();
                return;
            }

            access = new ProjectAccess(found.Id, await ProjectPermissions.EffectiveAsync(db, http.User, found.Id, found.Team, http.RequestAborted));
            access.Store(http);
        }

        if (!access.Can(Permission))
        {
            context.Result = new ForbidResult();
        }
    }

    /// <summary>The project of the route's event, file or id (none when that does not exist).</summary>
    private static IQueryable<Project> Projects(AuthorizationFilterContext context, AppDbContext db)
    {
        if (RouteIds.Of(context, "eventId") is { } eventId)
        {
            return db.Projects.Where(p => db.ControlEvents.Any(e => e.Id == eventId && e.ProjectId == p.Id));
        }

        if (RouteIds.Of(context, "fileId") is { } fileId)
        {
            return db.Projects.Where(p => db.EvidenceFiles.Any(f => f.Id == fileId && db.ControlEvents.Any(e => e.Id == f.ControlEventId && e.ProjectId == p.Id)));
        }

        if (RouteIds.Of(context, "id") is { } id)
        {
            return db.Projects.Where(p => p.Id == id);
        }

        throw new InvalidOperationException($"{context.ActionDescriptor.DisplayName}: [ProjectAccess] needs {{id}}, {{eventId}} or {{fileId}} in the route.");
    }
}
