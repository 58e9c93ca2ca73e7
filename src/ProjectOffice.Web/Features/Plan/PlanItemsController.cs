using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>
/// One item of the event plan: adding and editing it (the pages it needs are built by <see cref="PlanItemPages"/>);
/// where it stands — its actions, moving, deleting — is <see cref="PlanItemPlacesController"/>.
/// </summary>
[Route("projects/{id:int}")]
public sealed class PlanItemsController(AppDbContext db, TimeProvider clock) : Controller
{
    private readonly PlanItemPages pages = new(db);

    [HttpGet("plan/new")]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> NewItem(int id, int? parentId, PlanItemKind? kind, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        if (await StageLockAttribute.TouchesClosedStageAsync(db, parentId, null, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{parentId}");
        }

        var parent = await pages.ParentRowAsync(id, parentId, ct);
        var allowed = PlanShape.ChildKinds(project.Layout, parent?.Kind);
        var chosen = kind ?? (allowed.Count > 0 ? allowed[0] : default);
        if ((parentId is not null && parent is null) || !allowed.Contains(chosen))
        {
            return NotFound();
        }

        var form = new PlanItemForm { Kind = chosen, ParentId = parentId, Version = project.Version, Responsibles = [new()] };
        return View("EditItem", await pages.PageAsync(project, form, 0, null, parent, null, ct));
    }

    [HttpPost("plan/new")]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> NewItem(int id, [Bind(Prefix = "Form")] PlanItemForm form, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        if (await StageLockAttribute.TouchesClosedStageAsync(db, form.ParentId, form.Kind == PlanItemKind.Stage ? form.StageId : null, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan");
        }

        var parent = await pages.ParentRowAsync(id, form.ParentId, ct);
        if ((form.ParentId is not null && parent is null) || !PlanShape.CanHold(project.Layout, parent?.Kind, form.Kind))
        {
            return NotFound();
        }

        var page = await pages.PageAsync(project, form, 0, null, parent, null, ct);
        if (ApplyRowCommand(form))
        {
            return View("EditItem", page);
        }

        CheckChoices(page);
        if (!ModelState.IsValid)
        {
            return View("EditItem", page);
        }

        if (await RangeSubjectAsync(project, parent, form, ct) is { } subject)
        {
            return View("EditItem", PlanItemPages.WithWarning(page, subject));
        }

        var siblings = await db.PlanItems
            .Where(i => i.ProjectId == id && (i.ParentId == form.ParentId || i.Id == form.ParentId))
            .ToListAsync(ct);
        var tree = new PlanTree(project.Layout, siblings);
        var item = new PlanItem { ProjectId = id, Kind = form.Kind };
        form.ApplyTo(item);
        item.InterpretDeadline(project.Period);
        if (tree.Add(item, form.ParentId is { } pid ? tree.Find(pid) : null) is { } error)
        {
            ModelState.AddModelError("", error);
            return View("EditItem", page);
        }

        db.PlanItems.Add(item);
        db.ExpectProjectVersion(id, form.Version, clock.GetUtcNow());
        if (!await db.TrySavePlanAsync(ModelState, ct))
        {
            return View("EditItem", page);
        }

        TempData["PlanMessage"] = $"Пункт «{PlanItemPages.Shorten(Describe(item, page))}» добавлен.";
        return Redirect($"/projects/{id}/plan#item-{item.Id}");
    }

    [HttpGet("plan/{itemId:int}/edit")]
    [StageLock]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> EditItem(int id, int itemId, CancellationToken ct)
    {
        var item = await db.PlanItems.AsNoTracking().Include(i => i.Responsibles.OrderBy(r => r.SortOrder))
            .SingleOrDefaultAsync(i => i.Id == itemId && i.ProjectId == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var form = PlanItemForm.From(item, project.Version);
        return View(await pages.PageAsync(project, form, itemId, item, await pages.ParentRowAsync(id, item.ParentId, ct), null, ct));
    }

    [HttpPost("plan/{itemId:int}/edit")]
    [StageLock]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> EditItem(int id, int itemId, [Bind(Prefix = "Form")] PlanItemForm form, CancellationToken ct)
    {
        var item = await db.PlanItems.Include(i => i.Responsibles)
            .SingleOrDefaultAsync(i => i.Id == itemId && i.ProjectId == id, ct);
        if (item is null)
        {
            return NotFound();
        }

        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        if (item.Kind == PlanItemKind.Stage && await StageLockAttribute.TouchesClosedStageAsync(db, null, form.StageId, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{itemId}");
        }

        // Kind and place are not edited here (moving has its own page).
        form.Kind = item.Kind;
        form.ParentId = item.ParentId;
        var parent = await pages.ParentRowAsync(id, item.ParentId, ct);
        var page = await pages.PageAsync(project, form, itemId, item, parent, null, ct);
        if (ApplyRowCommand(form))
        {
            return View(page);
        }

        CheckChoices(page);
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        if (await RangeSubjectAsync(project, parent, form, ct) is { } subject)
        {
            return View(PlanItemPages.WithWarning(page, subject));
        }

        form.ApplyTo(item);
        item.InterpretDeadline(project.Period);
        foreach (var removed in form.ApplyResponsiblesTo(item))
        {
            db.Responsibles.Remove(removed);
        }

        db.ExpectProjectVersion(id, form.Version, clock.GetUtcNow());
        if (!await db.TrySavePlanAsync(ModelState, ct))
        {
            return View(page);
        }

        TempData["PlanMessage"] = $"Пункт «{PlanItemPages.Shorten(Describe(item, page))}» сохранён.";
        return Redirect($"/projects/{id}/plan#item-{item.Id}");
    }

    private bool ApplyRowCommand(PlanItemForm form)
    {
        var command = RowCommand.Parse(form.Command);
        if (command.IsSave)
        {
            return false;
        }

        if (command.Targets("responsible"))
        {
            command.ApplyTo(form.Responsibles);
        }
        else if (command.Targets("year"))
        {
            command.ApplyTo(form.YearValues);
        }

        // The re-shown form must show the rows as changed, not as posted.
        ModelState.Clear();
        return true;
    }

    /// <summary>Stage, task, result, people and organisations must be the ones the page offered.</summary>
    private void CheckChoices(PlanItemPage page)
    {
        foreach (var (key, message) in page.ChoiceErrors())
        {
            ModelState.AddModelError(key, message);
        }
    }

    /// <summary>What the dates run past («этапа», «проекта»), unless the user confirmed it; the messages go next to the checkbox.</summary>
    private async Task<string?> RangeSubjectAsync(ProjectHeader project, PlanRow? parent, PlanItemForm form, CancellationToken ct)
    {
        if (!PlanShape.HasOwnName(form.Kind))
        {
            return null;
        }

        var (enclosing, what) = PlanQueries.EnclosingPeriod(parent, await PlanQueries.StagesAsync(db, project.Id, ct));
        var warnings = PlanDates.Warnings(form.StartDate, form.EndDate, enclosing, what, project.Period);
        if (warnings.Count == 0 || form.ConfirmOutOfRange)
        {
            return null;
        }

        ModelState.AddModelError("Form.ConfirmOutOfRange", string.Join(" ", warnings));
        return PlanDates.Outside(form.StartDate, form.EndDate, enclosing) ? what : "проекта";
    }

    private static string Describe(PlanItem item, PlanItemPage page) => item.Kind switch
    {
        PlanItemKind.Stage => page.Stages.FirstOrDefault(s => s.Value == PlanItemPages.Text(item.StageId ?? 0))?.Text ?? "Этап",
        PlanItemKind.Task => page.Tasks.FirstOrDefault(s => s.Value == PlanItemPages.Text(item.TaskId ?? 0))?.Text ?? "Задача",
        _ => item.Name ?? "",
    };
}
