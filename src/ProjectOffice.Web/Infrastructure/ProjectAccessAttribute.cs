using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;

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
            if (await ProjectIdAsync(context, db, http.RequestAborted) is not { } projectId)
            {
                context.Result = new NotFoundResult();
                return;
            }

            access = new ProjectAccess(projectId, await ProjectPermissions.EffectiveAsync(db, http.User, projectId, http.RequestAborted));
            access.Store(http);
        }

        if (!access.Can(Permission))
        {
            context.Result = new ForbidResult();
        }
    }

    /// <summary>The project of the route's event, file or id; null when that does not exist.</summary>
    private static async Task<int?> ProjectIdAsync(AuthorizationFilterContext context, AppDbContext db, CancellationToken ct)
    {
        if (RouteIds.Of(context, "eventId") is { } eventId)
        {
            return await db.ControlEvents.Where(e => e.Id == eventId).Select(e => (int?)e.ProjectId).SingleOrDefaultAsync(ct);
        }

        if (RouteIds.Of(context, "fileId") is { } fileId)
        {
            return await db.EvidenceFiles.Where(f => f.Id == fileId)
                .Join(db.ControlEvents, f => f.ControlEventId, e => e.Id, (f, e) => (int?)e.ProjectId)
                .SingleOrDefaultAsync(ct);
        }

        if (RouteIds.Of(context, "id") is { } id)
        {
            return await db.Projects.AnyAsync(p => p.Id == id, ct) ? id : null;
        }

        throw new InvalidOperationException($"{context.ActionDescriptor.DisplayName}: [ProjectAccess] needs {{id}}, {{eventId}} or {{fileId}} in the route.");
    }
}
