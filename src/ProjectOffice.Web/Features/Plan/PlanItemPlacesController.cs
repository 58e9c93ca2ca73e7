using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>Where a plan item stands: its row's «ещё» actions, moving it under another item, deleting it with what it holds.</summary>
[Route("projects/{id:int}")]
public sealed class PlanItemPlacesController(AppDbContext db, TimeProvider clock) : Controller
{
    private readonly PlanItemPages pages = new(db);

    /// <summary>The row's «ещё»: moving up and down, elsewhere, deleting and adding nested items, opened on demand.</summary>
    [HttpGet("plan/{itemId:int}/actions")]
    [StageLock]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> ItemActions(int id, int itemId, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;
        var stages = await PlanQueries.StagesAsync(db, id, ct);
        var rows = await PlanQueries.RowsAsync(db, id, stages, await PlanQueries.TaskNamesAsync(db, id, ct), ct);
        var row = rows.FirstOrDefault(r => r.Id == itemId);
        return row is null ? NotFound() : View(new ItemActionsPage
        {
            Project = project,
            Row = row,
            ChildKinds = row.Kind is PlanItemKind.Event ? [] : PlanShape.ChildKinds(project.Layout, row.Kind),
        });
    }

    [HttpGet("plan/{itemId:int}/move")]
    [StageLock]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> MoveItem(int id, int itemId, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var page = await pages.MovePageAsync(project, itemId, null, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("plan/{itemId:int}/move")]
    [StageLock]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> MoveItem(int id, int itemId, string? newParentId, uint version, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var tree = new PlanTree(project.Layout, await db.PlanItems.Where(i => i.ProjectId == id).ToListAsync(ct));
        var item = tree.Find(itemId);
        if (item is null)
        {
            return NotFound();
        }

        PlanItem? target = null;
        if (!string.IsNullOrEmpty(newParentId))
        {
            target = int.TryParse(newParentId, NumberStyles.None, CultureInfo.InvariantCulture, out var targetId) ? tree.Find(targetId) : null;
            if (target is null)
            {
                return View(await pages.MovePageAsync(project, itemId, "Выберите, куда перенести пункт.", ct));
            }

            if (await StageLockAttribute.TouchesClosedStageAsync(db, target.Id, null, ct))
            {
                return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{itemId}");
            }
        }

        var oldParent = item.ParentId;
        if (tree.MoveTo(item, target) is { } error)
        {
            return View(await pages.MovePageAsync(project, itemId, error, ct));
        }

        if (oldParent != item.ParentId)
        {
            db.ExpectProjectVersion(id, version, clock.GetUtcNow());
            if (!await db.TrySavePlanAsync(ModelState, ct))
            {
                return View(await pages.MovePageAsync(project, itemId, PlanConcurrency.ConflictMessage, ct));
            }
        }

        TempData["PlanMessage"] = "Пункт перенесён; номера пунктов пересчитаны.";
        return Redirect($"/projects/{id}/plan#item-{item.Id}");
    }

    [HttpGet("plan/{itemId:int}/delete")]
    [StageLock]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> DeleteItem(int id, int itemId, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var page = await pages.DeletePageAsync(project, itemId, null, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("plan/{itemId:int}/delete")]
    [StageLock]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> DeleteItem(int id, int itemId, uint version, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var page = await pages.DeletePageAsync(project, itemId, null, ct);
        var tree = new PlanTree(project.Layout, await db.PlanItems.Where(i => i.ProjectId == id).ToListAsync(ct));
        if (page is null || tree.Find(itemId) is not { } item)
        {
            return NotFound();
        }

        var removed = tree.Remove(item);
        var removedIds = removed.Select(i => i.Id).ToList();
        // A control event that takes name, date and responsible from a deleted control point would be left empty.
        var emptied = await db.ControlEvents
            .Where(e => e.PlanItemId != null && removedIds.Contains(e.PlanItemId.Value) && e.Name == null)
            .ToListAsync(ct);
        db.ControlEvents.RemoveRange(emptied);
        db.PlanItems.RemoveRange(removed);
        db.ExpectProjectVersion(id, version, clock.GetUtcNow());
        if (!await db.TrySavePlanAsync(ModelState, ct))
        {
            return View(await pages.DeletePageAsync(project, itemId, PlanConcurrency.ConflictMessage, ct));
        }

        TempData["PlanMessage"] = $"Пункт «{PlanItemPages.Shorten(page.Title)}» удалён; номера пунктов пересчитаны.";
        return Redirect($"/projects/{id}/plan");
    }
}
