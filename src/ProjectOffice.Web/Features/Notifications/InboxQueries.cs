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
    private static readonly DecisionKind?[] ReturnKinds = [DecisionKind.ReturnedByOffice, DecisionKind.ReturnedByCurator];

    public static async Task<IReadOnlyList<InboxItem>> ListAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ScopesAsync(db, user, ct) is not { } scopes)
        {
            return [];
        }

        var items = new List<InboxItem>();
        items.AddRange(await AwaitingAsync(db, scopes.Agree, ProjectStatus.InAgreement, DecisionKind.Submitted, "Паспорт ждет согласования", ct));
        items.AddRange(await AwaitingAsync(db, scopes.Approve, ProjectStatus.InApproval, DecisionKind.Agreed, "Паспорт ждет утверждения", ct));
        items.AddRange(await StagesAsync(db, scopes.Close, StageStatus.Reported, DecisionKind.StageReported, "ждет закрытия", ct));
        items.AddRange(await ReturnedPassportsAsync(db, scopes.Submit, ct));
        items.AddRange(await StagesAsync(db, scopes.Report, StageStatus.Open, DecisionKind.StageReturned, "возвращен куратором", ct));
        return items.OrderByDescending(i => i.Since).ToList();
    }

    /// <summary>
    /// How many items ListAsync would give, counted in the database: the menu shows it on every page, and the office's
    /// inbox at regional scale is thousands of rows that only the inbox page itself needs to read.
    /// </summary>
    public static async Task<int> CountAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await ScopesAsync(db, user, ct) is not { } scopes)
        {
            return 0;
        }

        // One round trip for all five kinds (UNION ALL of their ids, counted): every page pays for this count, and five
        // small queries cost five times the query overhead of one.
        IQueryable<int>? waiting = null;
        void Add(Scope scope, Func<IQueryable<int>> ids) => waiting = scope.IsEmpty ? waiting : waiting is null ? ids() : waiting.Concat(ids());
        Add(scopes.Agree, () => Awaiting(db, scopes.Agree, ProjectStatus.InAgreement).Select(p => p.Id));
        Add(scopes.Approve, () => Awaiting(db, scopes.Approve, ProjectStatus.InApproval).Select(p => p.Id));
        Add(scopes.Close, () => Stages(db, scopes.Close, StageStatus.Reported, DecisionKind.StageReported).Select(s => s.Id));
        Add(scopes.Submit, () => Returned(db, scopes.Submit).Select(p => p.Id));
        Add(scopes.Report, () => Stages(db, scopes.Report, StageStatus.Open, DecisionKind.StageReturned).Select(s => s.Id));
        return waiting is null ? 0 : await waiting.CountAsync(ct);
    }

    /// <summary>Where the person may agree, approve, close, submit and report; null for no signed-in user.</summary>
    private static async Task<Scopes?> ScopesAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return null;
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
        return new Scopes(ScopeOf(Permissions.AgreePassport), ScopeOf(Permissions.ApprovePassport), ScopeOf(Permissions.CloseStage),
            ScopeOf(Permissions.SubmitPassport), ScopeOf(Permissions.ReportStage));
    }

    private static IQueryable<Project> Awaiting(AppDbContext db, Scope scope, ProjectStatus status) =>
        db.Projects.AsNoTracking().Where(p => p.Status == status && (scope.All || scope.ProjectIds.Contains(p.Id)));

    /// <summary>Stages in a state whose last decision is the given one: reported and waiting, or returned to the leader.</summary>
    private static IQueryable<Stage> Stages(AppDbContext db, Scope scope, StageStatus status, DecisionKind last) =>
        db.Stages.AsNoTracking()
            .Where(s => s.Status == status && (scope.All || scope.ProjectIds.Contains(s.ProjectId)))
            .Where(s => db.ApprovalDecisions.Where(d => d.StageId == s.Id).OrderByDescending(d => d.Id)
                .Select(d => (DecisionKind?)d.Kind).FirstOrDefault() == last);

    /// <summary>Drafts whose last passport decision returned them to the leader.</summary>
    private static IQueryable<Project> Returned(AppDbContext db, Scope scope) =>
        db.Projects.AsNoTracking()
            .Where(p => p.Status == ProjectStatus.Draft && (scope.All || scope.ProjectIds.Contains(p.Id)))
            .Where(p => ReturnKinds.Contains(db.ApprovalDecisions.Where(d => d.ProjectId == p.Id && PassportSteps.Contains(d.Kind)).OrderByDescending(d => d.Id)
                .Select(d => (DecisionKind?)d.Kind).FirstOrDefault()));

    private static async Task<List<InboxItem>> AwaitingAsync(
        AppDbContext db, Scope scope, ProjectStatus status, DecisionKind sentBy, string what, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            return [];
        }

        var rows = await Awaiting(db, scope, status)
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

    private static async Task<List<InboxItem>> StagesAsync(
        AppDbContext db, Scope scope, StageStatus status, DecisionKind last, string what, CancellationToken ct)
    {
        if (scope.IsEmpty)
        {
            return [];
        }

        var rows = await Stages(db, scope, status, last)
            .Select(s => new
            {
                s.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == s.ProjectId).Select(p => p.Name).First(),
                s.Name,
                Last = db.ApprovalDecisions.Where(d => d.StageId == s.Id)
                    .OrderByDescending(d => d.Id).Select(d => new { d.Kind, d.At, d.UserName, d.Comment }).FirstOrDefault(),
            })
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

        var rows = await Returned(db, scope)
            .Select(p => new
            {
                p.Id,
                p.Name,
                Last = db.ApprovalDecisions.Where(d => d.ProjectId == p.Id && PassportSteps.Contains(d.Kind))
                    .OrderByDescending(d => d.Id).Select(d => new { d.Kind, d.At, d.UserName, d.Comment }).FirstOrDefault(),
            })
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

    private sealed record Scopes(Scope Agree, Scope Approve, Scope Close, Scope Submit, Scope Report);

    /// <summary>Where a permission holds: everywhere (a global role), or in these projects (a role in their team).</summary>
    private sealed record Scope(bool All, List<int> ProjectIds)
    {
        public bool IsEmpty => !All && ProjectIds.Count == 0;
    }
}
