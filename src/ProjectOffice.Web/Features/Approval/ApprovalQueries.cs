using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Approval;

/// <summary>Reads of the approval page: the project's status, its stages and the decision history.</summary>
public sealed class ApprovalQueries(AppDbContext db)
{
    public const int PageSize = 50;

    /// <param name="can">Whether the signed-in person holds a permission on this project.</param>
    /// <param name="today">The day overdue control events are counted on, for the stages' close warnings.</param>
    public async Task<ApprovalPageModel?> PageAsync(int id, int page, Func<string, Task<bool>> can, FormFailure? failure, DateOnly today, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.Status, p.Version })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        var latest = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.ProjectId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.ApprovedOn })
            .FirstOrDefaultAsync(ct);
        var allowed = new Dictionary<DecisionKind, bool>();
        foreach (var kind in PassportWorkflow.Steps.Concat(StageWorkflow.Steps))
        {
            allowed[kind] = await can(DecisionKinds.Permission(kind));
        }

        var lastPassportDecision = await db.ApprovalDecisions.AsNoTracking()
            .Where(d => d.ProjectId == id && PassportWorkflow.Steps.Contains(d.Kind))
            .OrderByDescending(d => d.Id)
            .FirstOrDefaultAsync(ct);
        var stages = await db.Stages.AsNoTracking()
            .Where(s => s.ProjectId == id)
            .OrderBy(s => s.SortOrder)
            .Select(s => new
            {
                s.Id, s.Name, s.StartDate, s.EndDate, s.Status, s.Version,
                Last = db.ApprovalDecisions.Where(d => d.StageId == s.Id).OrderByDescending(d => d.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);

        // The control events still planned, with the stage each belongs to (its own, else its plan item's stage).
        var open = await db.ControlEvents.AsNoTracking()
            .Where(e => e.ProjectId == id && e.Status == ControlEventStatus.Planned)
            .Select(e => new
            {
                Stage = e.StageId ?? db.PlanItems.Where(p => p.Id == e.PlanItem!.ParentId).Select(p => p.StageId).FirstOrDefault(),
                e.Status,
                Date = e.PlannedDate ?? e.PlanItem!.EndDate,
            })
            .ToListAsync(ct);
        var openByStage = open.Where(e => e.Stage is not null).ToLookup(e => e.Stage!.Value, e => (e.Status, e.Date));

        page = Math.Max(1, page);
        var total = await db.ApprovalDecisions.CountAsync(d => d.ProjectId == id, ct);
        var history = await db.ApprovalDecisions.AsNoTracking()
            .Where(d => d.ProjectId == id)
            .OrderByDescending(d => d.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);

        return new ApprovalPageModel
        {
            ProjectId = project.Id,
            ProjectName = project.Name,
            Status = project.Status,
            Version = project.Version,
            LatestVersion = latest?.Number,
            LatestVersionOn = latest?.ApprovedOn,
            Reason = project.Status == ProjectStatus.Draft
                     && lastPassportDecision is { Kind: DecisionKind.ReturnedByOffice or DecisionKind.ReturnedByCurator or DecisionKind.ChangeRequested }
                ? Row(lastPassportDecision)
                : null,
            Steps = PassportWorkflow.Steps.Where(k => PassportWorkflow.From(k) == project.Status && allowed[k]).ToList(),
            Stages = stages.Select((s, i) => new StageRow
            {
                Id = s.Id,
                Number = i + 1,
                Name = s.Name,
                Start = s.StartDate,
                End = s.EndDate,
                Status = s.Status,
                Version = s.Version,
                Last = s.Last is null ? null : Row(s.Last),
                // Stages are closed during implementation: after the passport's first approval.
                Steps = latest is null ? [] : StageWorkflow.Steps.Where(k => StageWorkflow.Transition(k).From == s.Status && allowed[k]).ToList(),
                CloseWarning = s.Status == StageStatus.Closed ? null : Warning(StageCloseWarning.Count(openByStage[s.Id], today)),
            }).ToList(),
            Changes = latest is null || project.Status == ProjectStatus.Approved ? null : await ChangesSinceAsync(id, latest.Number, ct),
            History = history.Select(Row).ToList(),
            Page = page,
            PageCount = Math.Max(1, (total + PageSize - 1) / PageSize),
            Failure = failure,
        };
    }

    /// <summary>What the passport changed since the version last approved: the version comparison in brief.</summary>
    private async Task<ChangeSummary?> ChangesSinceAsync(int id, int version, CancellationToken ct)
    {
        var approved = await ProjectVersions.GetSnapshotAsync(db, id, version, ct);
        var now = await new ProjectExporter(db).ExportAsync(id, ct);
        return approved is null || now is null ? null : ChangeSummary.Of(ProjectComparison.Compare(approved, now));
    }

    private static string? Warning((int Undone, int Overdue) count) => StageCloseWarning.Text(count.Undone, count.Overdue);

    public static DecisionRow Row(ApprovalDecision d) => new()
    {
        At = d.At,
        UserName = d.UserName,
        What = DecisionKinds.Label(d.Kind),
        StageName = d.StageName,
        Comment = d.Comment,
        VersionNumber = d.VersionNumber,
        IsReturn = d.Kind is DecisionKind.ReturnedByOffice or DecisionKind.ReturnedByCurator or DecisionKind.StageReturned or DecisionKind.ChangeRequested,
    };
}
