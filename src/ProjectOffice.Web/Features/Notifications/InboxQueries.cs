using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Notifications;

/// <summary>
/// What waits for a person, decided by the same permissions as the workflow buttons (global roles, or the person's
/// role in each project's team): passports awaiting their agreement or approval, stages awaiting closure, and,
/// for leaders, passports and stages returned to them. A handful of queries, whatever the number of projects.
/// </summary>
public static class InboxQueries
{
    private static readonly DecisionKind[] PassportSteps = [.. PassportWorkflow.Steps];

    public static async Task<IReadOnlyList<InboxItem>> ListAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return [];
        }

        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var memberships = await db.ProjectMembers
            .Where(m => m.Person!.UserId == userId)
            .Select(m => new { m.ProjectId, m.Role })
            .Distinct()
            .ToListAsync(ct);
        Scope ScopeOf(string permission) => RolePermissions.Grants(roles, permission)
            ? new Scope(true, [])
            : new Scope(false, memberships.GroupBy(m => m.ProjectId)
                .Where(g => RolePermissions.GrantsInProject(g.Select(m => m.Role), permission))
                .Select(g => g.Key).ToList());

        var items = new List<InboxItem>();
        items.AddRange(await AwaitingAsync(db, ScopeOf(Permissions.AgreePassport), ProjectStatus.InAgreement, DecisionKind.Submitted,
            "Паспорт ждет согласования", ct));
        items.AddRange(await AwaitingAsync(db, ScopeOf(Permissions.ApprovePassport), ProjectStatus.InApproval, DecisionKind.Agreed,
            "Паспорт ждет утверждения", ct));
        items.AddRange(await StagesAsync(db, ScopeOf(Permissions.CloseStage), StageStatus.Reported, DecisionKind.StageReported,
            "ждет закрытия", ct));
        items.AddRange(await ReturnedPassportsAsync(db, ScopeOf(Permissions.SubmitPassport), ct));
        items.AddRange(await StagesAsync(db, ScopeOf(Permissions.ReportStage), StageStatus.Open, DecisionKind.StageReturned,
            "возвращен куратором", ct));
        return items.OrderByDescending(i => i.Since).ToList();
    }

    private static async Task<List<InboxItem>> AwaitingAsync(
        AppDbContext db, Scope scope, ProjectStatus status, DecisionKind sentBy, string what, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            return [];
        }

        var rows = await db.Projects.AsNoTracking()
            .Where(p => p.Status == status && (scope.All || scope.ProjectIds.Contains(p.Id)))
            .Select(p => new
            {
                p.Id,
                p.Name,
                Last = db.ApprovalDecisions.Where(d => d.ProjectId == p.Id && d.Kind == sentBy)
                    .OrderByDescending(d => d.Id).Select(d => new { d.At, d.UserName, d.Comment }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(r => new InboxItem
        {
            ProjectId = r.Id,
            ProjectName = r.Name,
            What = what,
            From = r.Last?.UserName,
            Comment = r.Last?.Comment,
            Since = r.Last?.At,
        }).ToList();
    }

    /// <summary>Stages in a state whose last decision is the given one: reported and waiting, or returned to the leader.</summary>
    private static async Task<List<InboxItem>> StagesAsync(
        AppDbContext db, Scope scope, StageStatus status, DecisionKind last, string what, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            return [];
        }

        var rows = await db.Stages.AsNoTracking()
            .Where(s => s.Status == status && (scope.All || scope.ProjectIds.Contains(s.ProjectId)))
            .Select(s => new
            {
                s.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == s.ProjectId).Select(p => p.Name).First(),
                s.Name,
                Last = db.ApprovalDecisions.Where(d => d.StageId == s.Id)
                    .OrderByDescending(d => d.Id).Select(d => new { d.Kind, d.At, d.UserName, d.Comment }).FirstOrDefault(),
            })
            .Where(s => s.Last != null && s.Last.Kind == last)
            .ToListAsync(ct);
        return rows.Select(r => new InboxItem
        {
            ProjectId = r.ProjectId,
            ProjectName = r.ProjectName,
            What = $"Этап «{r.Name}» {what}",
            From = r.Last!.UserName,
            Comment = r.Last.Comment,
            Since = r.Last.At,
        }).ToList();
    }

    private static async Task<List<InboxItem>> ReturnedPassportsAsync(AppDbContext db, Scope scope, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            return [];
        }

        var rows = await db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Draft && (scope.All || scope.ProjectIds.Contains(p.Id)))
            .Select(p => new
            {
                p.Id,
                p.Name,
                Last = db.ApprovalDecisions.Where(d => d.ProjectId == p.Id && PassportSteps.Contains(d.Kind))
                    .OrderByDescending(d => d.Id).Select(d => new { d.Kind, d.At, d.UserName, d.Comment }).FirstOrDefault(),
            })
            .Where(p => p.Last != null && (p.Last.Kind == DecisionKind.ReturnedByOffice || p.Last.Kind == DecisionKind.ReturnedByCurator))
            .ToListAsync(ct);
        return rows.Select(r => new InboxItem
        {
            ProjectId = r.Id,
            ProjectName = r.Name,
            What = DecisionKinds.Label(r.Last!.Kind),
            From = r.Last.UserName,
            Comment = r.Last.Comment,
            Since = r.Last.At,
        }).ToList();
    }

    /// <summary>Where a permission holds: everywhere (a global role), or in these projects (a role in their team).</summary>
    private sealed record Scope(bool All, List<int> ProjectIds)
    {
        public bool IsEmpty => !All && ProjectIds.Count == 0;
    }
}
