using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.RoleConflicts;

/// <summary>
/// The office's warning list: data made before the separation-of-duties rules (or imported) where one person holds
/// roles that should be apart. The office and the administrator fix it by naming another curator.
/// </summary>
[Authorize(Policy = Permissions.AssignCurator)]
public sealed class RoleConflictsController(AppDbContext db) : Controller
{
    public const int PageSize = 50;

    private static readonly MemberRole[] EditorRoles = Enum.GetValues<MemberRole>().Where(RolePermissions.IsEditorRole).ToArray();

    [HttpGet("monitoring/conflicts")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        var conflicts = Conflicts();
        var total = await conflicts.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await conflicts
            .OrderBy(r => r.ProjectName).ThenBy(r => r.ProjectId).ThenBy(r => r.Kind).ThenBy(r => r.VersionNumber).ThenBy(r => r.PersonName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        return View(new RoleConflictsModel { Rows = rows, Page = page, PageCount = pageCount, Total = total });
    }

    /// <summary>Every kind of conflict as one query, so the list pages in the database.</summary>
    private IQueryable<RoleConflictRow> Conflicts()
    {
        var curatorEditors = db.ProjectMembers
            .Where(m => m.Role == MemberRole.Curator && m.PersonId != null
                        && db.ProjectMembers.Any(o => o.ProjectId == m.ProjectId && o.PersonId == m.PersonId && EditorRoles.Contains(o.Role)))
            .Select(m => new { m.ProjectId, m.PersonId })
            .Distinct()
            .Select(m => new RoleConflictRow
            {
                ProjectId = m.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == m.ProjectId).Select(p => p.Name).First(),
                Kind = RoleConflictKind.CuratorIsEditor,
                PersonName = db.People.Where(p => p.Id == m.PersonId).Select(p => p.FullName).First(),
                VersionNumber = null,
                StageName = null,
            });
        var agreerApproved = db.ProjectVersions
            .Where(v => (v.ApprovedByPersonId != null && v.ApprovedByPersonId == v.AgreedByPersonId)
                        || (v.ApprovedByUserId != null && v.ApprovedByUserId == v.AgreedByUserId))
            .Select(v => new RoleConflictRow
            {
                ProjectId = v.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == v.ProjectId).Select(p => p.Name).First(),
                Kind = RoleConflictKind.ApprovedByAgreer,
                PersonName = v.ApprovedByName,
                VersionNumber = v.Number,
                StageName = null,
            });
        // The submitter of a version is the last submission before the approval that froze it.
        var submitterApproved = db.ApprovalDecisions
            .Where(a => a.Kind == DecisionKind.Approved && a.StageId == null
                        && db.ApprovalDecisions
                            .Where(d => d.ProjectId == a.ProjectId && d.StageId == null && d.Kind == DecisionKind.Submitted && d.Id < a.Id)
                            .OrderByDescending(d => d.Id)
                            .Take(1)
                            .Any(d => (d.PersonId != null && d.PersonId == a.PersonId) || (d.UserId != null && d.UserId == a.UserId)))
            .Select(a => new RoleConflictRow
            {
                ProjectId = a.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == a.ProjectId).Select(p => p.Name).First(),
                Kind = RoleConflictKind.ApprovedBySubmitter,
                PersonName = a.UserName,
                VersionNumber = a.VersionNumber,
                StageName = null,
            });
        var stageClosedByReporter = db.ApprovalDecisions
            .Where(c => c.Kind == DecisionKind.StageClosed && c.StageId != null
                        && db.ApprovalDecisions
                            .Where(d => d.StageId == c.StageId && d.Kind == DecisionKind.StageReported && d.Id < c.Id)
                            .OrderByDescending(d => d.Id)
                            .Take(1)
                            .Any(d => (d.PersonId != null && d.PersonId == c.PersonId) || (d.UserId != null && d.UserId == c.UserId)))
            .Select(c => new RoleConflictRow
            {
                ProjectId = c.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == c.ProjectId).Select(p => p.Name).First(),
                Kind = RoleConflictKind.StageClosedByReporter,
                PersonName = c.UserName,
                VersionNumber = null,
                StageName = c.StageName,
            });
        return curatorEditors.Concat(agreerApproved).Concat(submitterApproved).Concat(stageClosedByReporter);
    }
}
