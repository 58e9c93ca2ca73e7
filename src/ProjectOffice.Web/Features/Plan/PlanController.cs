using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Forms.Gantt;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>The event plan of a project: the numbered tree, its order (↑/↓) and the Gantt chart; items are edited in <see cref="PlanItemsController"/>.</summary>
[Route("projects/{id:int}")]
public sealed class PlanController(AppDbContext db, TimeProvider clock) : Controller
{
    private const int GanttPageSize = 100;

    [HttpGet("plan")]
    [ProjectPageCache]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Index(int id, ProjectAccess access, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var stages = await PlanQueries.StagesAsync(db, id, ct);
        var rows = await PlanQueries.RowsAsync(db, id, stages, await PlanQueries.TaskNamesAsync(db, id, ct), ct);
        var closed = stages.Where(s => s.Closed).Select(s => s.Id).ToHashSet();
        return View(new PlanPageModel
        {
            Project = project,
            Rows = rows,
            CanEdit = access.Can(Permissions.EditPlan),
            Locked = StageLockRules.LockedItems(rows.Select(r => (r.Id, r.ParentId, r.StageId)).ToList(), closed),
            TopKinds = PlanShape.ChildKinds(project.Layout, null),
            Message = TempData["PlanMessage"] as string,
            Error = TempData["PlanError"] as string,
        });
    }

    [HttpGet("gantt")]
    [ProjectPageCache]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Gantt(int id, int page = 1, CancellationToken ct = default)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var stages = await PlanQueries.StagesAsync(db, id, ct);
        var rows = await PlanQueries.RowsAsync(db, id, stages, await PlanQueries.TaskNamesAsync(db, id, ct), ct);
        var today = clock.Today();
        var events = (await db.ControlEvents.AsNoTracking()
                .Where(e => e.ProjectId == id)
                .OrderBy(e => e.SortOrder).ThenBy(e => e.Id)
                .Select(e => new { e.PlanItemId, Name = e.Name ?? e.PlanItem!.Name, Date = e.PlannedDate ?? e.PlanItem!.EndDate, e.Status })
                .ToListAsync(ct))
            .Select((e, i) => new GanttEvent(i + 1, e.PlanItemId, e.Name ?? "", e.Date, ControlEventStates.Of(e.Status, e.Date, today)))
            .ToList();
        var items = rows.Select(r => new GanttItem(r.Id, r.Number, r.Title, r.Kind, r.ChartStart, r.ChartEnd)).ToList();
        return View(new GanttPageModel
        {
            Project = project,
            Chart = GanttChart.Build(items, stages.Select(s => new GanttStage(s.Number, s.StartDate, s.EndDate)).ToList(), events, project.Period, today, page, GanttPageSize),
        });
    }

    /// <summary>The ↑/↓ buttons of the plan page: «up:ID», «down:ID».</summary>
    [HttpPost("plan")]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> Reorder(int id, string? command, uint version, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var move = RowCommand.Parse(command);
        var itemId = move.Indexes is [var only] ? only : 0;
        var parentId = await db.PlanItems.Where(i => i.Id == itemId && i.ProjectId == id).Select(i => new { i.ParentId }).SingleOrDefaultAsync(ct);
        if (parentId is null || move.Verb is not ("up" or "down"))
        {
            return NotFound();
        }

        if (await StageLockAttribute.TouchesClosedStageAsync(db, itemId, null, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{itemId}");
        }

        // The item, its siblings and its parent are all a move within one parent touches.
        var items = await db.PlanItems
            .Where(i => i.ProjectId == id && (i.ParentId == parentId.ParentId || i.Id == parentId.ParentId))
            .ToListAsync(ct);
        var tree = new PlanTree(project.Layout, items);
        var item = tree.Find(itemId)!;
        if (move.Verb == "up" ? tree.MoveUp(item) : tree.MoveDown(item))
        {
            db.ExpectProjectVersion(id, version, clock.GetUtcNow());
            if (!await db.TrySavePlanAsync(ModelState, ct))
            {
                TempData["PlanError"] = PlanConcurrency.ConflictMessage;
            }
        }

        return Redirect($"/projects/{id}/plan#item-{item.Id}");
    }

}
