using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The facts about a practice that decide who reads and edits it.</summary>
public sealed record PracticeAccessFacts(int Id, PracticeStatus Status, int? ProjectId, string? AuthorUserId);

/// <summary>
/// Who reads and edits a practice. Published practices are the library: every signed-in user reads them.
/// A draft is read by its author, by the readers of its project and by the office; it is edited by its author, by
/// the editors of its project (EditPassport there) and by the office. Once published only the office edits it.
/// </summary>
public static class PracticeAccess
{
    public static async Task<PracticeAccessFacts?> LoadFactsAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.Practices.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PracticeAccessFacts(p.Id, p.Status, p.ProjectId, p.AuthorUserId))
            .SingleOrDefaultAsync(ct);

    public static async Task<bool> CanReadPracticeAsync(this IAuthorizationService auth, ClaimsPrincipal user, PracticeAccessFacts practice) =>
        practice.Status == PracticeStatus.Published
        || await auth.CanEditPracticeAsync(user, practice)
        || (practice.ProjectId is { } projectId && (await auth.AuthorizeAsync(user, new ProjectResource(projectId), Permissions.ViewProject)).Succeeded);

    public static async Task<bool> CanEditPracticeAsync(this IAuthorizationService auth, ClaimsPrincipal user, PracticeAccessFacts practice)
    {
        if ((await auth.AuthorizeAsync(user, Permissions.EditPractice)).Succeeded)
        {
            return true;
        }

        if (practice.Status == PracticeStatus.Published)
        {
            return false;
        }

        return (practice.AuthorUserId is not null && practice.AuthorUserId == user.FindFirstValue(ClaimTypes.NameIdentifier))
               || (practice.ProjectId is { } projectId
                   && (await auth.AuthorizeAsync(user, new ProjectResource(projectId), Permissions.EditPassport)).Succeeded);
    }

    /// <summary>
    /// Null when the user may edit the practice; else the answer: 404 when they may not even read it (a draft of
    /// someone else's project stays unknown), 403 when they read it but may not edit it.
    /// </summary>
    public static async Task<IActionResult?> RefuseEditAsync(this IAuthorizationService auth, ClaimsPrincipal user, AppDbContext db, int id, CancellationToken ct)
    {
        var facts = await LoadFactsAsync(db, id, ct);
        if (facts is null || !await auth.CanReadPracticeAsync(user, facts))
        {
            return new NotFoundResult();
        }

        return await auth.CanEditPracticeAsync(user, facts) ? null : new ForbidResult();
    }

    /// <summary>A practice may be linked only to a project the user edits.</summary>
    public static async Task<bool> CanLinkProjectAsync(this IAuthorizationService auth, ClaimsPrincipal user, int projectId) =>
        (await auth.AuthorizeAsync(user, new ProjectResource(projectId), Permissions.EditPassport)).Succeeded;

    /// <summary>
    /// The projects whose passport the user edits through their role in the team (ProjectAccessHandler's rule, as a query):
    /// the library lists their drafts, the practice form offers them for the link. Null when the user edits every project.
    /// </summary>
    public static async Task<List<int>?> EditableProjectIdsAsync(this IAuthorizationService auth, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if ((await auth.AuthorizeAsync(user, Permissions.EditPassport)).Succeeded)
        {
            return null;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var editingRoles = Enum.GetValues<MemberRole>().Where(r => RolePermissions.GrantsInProject([r], Permissions.EditPassport)).ToList();
        return await db.ProjectMembers
            .Where(m => m.Person!.UserId == userId && editingRoles.Contains(m.Role))
            .Select(m => m.ProjectId).Distinct().ToListAsync(ct);
    }
}
