using System.Globalization;
using Microsoft.AspNetCore.Authorization;
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
using ProjectOffice.Web.Infrastructure;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>The event plan of a project: the numbered tree, its editing (add, edit, move, delete) and the Gantt chart.</summary>
[Route("projects/{id:int}")]
public sealed class PlanController(AppDbContext db, IAuthorizationService auth, TimeProvider clock) : Controller
{
    private const int GanttPageSize = 100;

    [HttpGet("plan")]
    [ProjectPageCache]
    public async Task<IActionResult> Index(int id, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.ViewProject))
        {
            return Forbid();
        }

        var stages = await PlanQueries.StagesAsync(db, id, ct);
        var rows = await PlanQueries.RowsAsync(db, id, stages, await PlanQueries.TaskNamesAsync(db, id, ct), ct);
        var closed = stages.Where(s => s.Closed).Select(s => s.Id).ToHashSet();
        return View(new PlanPageModel
        {
            Project = project,
            Rows = rows,
            CanEdit = await CanAsync(id, Permissions.EditPlan),
            Locked = StageLockRules.LockedItems(rows.Select(r => (r.Id, r.ParentId, r.StageId)).ToList(), closed),
            TopKinds = PlanShape.ChildKinds(project.Layout, null),
            Message = TempData["PlanMessage"] as string,
            Error = TempData["PlanError"] as string,
        });
    }

    [HttpGet("gantt")]
    [ProjectPageCache]
    public async Task<IActionResult> Gantt(int id, int page = 1, CancellationToken ct = default)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.ViewProject))
        {
            return Forbid();
        }

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
    public async Task<IActionResult> Reorder(int id, string? command, uint version, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        var move = RowCommand.Parse(command);
        var parentId = await db.PlanItems.Where(i => i.Id == move.Index && i.ProjectId == id).Select(i => new { i.ParentId }).SingleOrDefaultAsync(ct);
        if (parentId is null || move.Verb is not ("up" or "down"))
        {
            return NotFound();
        }

        if (await StageLockAttribute.TouchesClosedStageAsync(db, move.Index, null, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{move.Index}");
        }

        // The item, its siblings and its parent are all a move within one parent touches.
        var items = await db.PlanItems
            .Where(i => i.ProjectId == id && (i.ParentId == parentId.ParentId || i.Id == parentId.ParentId))
            .ToListAsync(ct);
        var tree = new PlanTree(project.Layout, items);
        var item = tree.Find(move.Index)!;
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

    [HttpGet("plan/new")]
    public async Task<IActionResult> NewItem(int id, int? parentId, PlanItemKind? kind, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        if (await StageLockAttribute.TouchesClosedStageAsync(db, parentId, null, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{parentId}");
        }

        var parent = await ParentRowAsync(id, parentId, ct);
        var allowed = PlanShape.ChildKinds(project.Layout, parent?.Kind);
        var chosen = kind ?? (allowed.Count > 0 ? allowed[0] : default);
        if ((parentId is not null && parent is null) || !allowed.Contains(chosen))
        {
            return NotFound();
        }

        var form = new PlanItemForm { Kind = chosen, ParentId = parentId, Version = project.Version, Responsibles = [new()] };
        return View("EditItem", await PageAsync(project, form, 0, null, parent, null, ct));
    }

    [HttpPost("plan/new")]
    public async Task<IActionResult> NewItem(int id, [Bind(Prefix = "Form")] PlanItemForm form, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        if (await StageLockAttribute.TouchesClosedStageAsync(db, form.ParentId, form.Kind == PlanItemKind.Stage ? form.StageId : null, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan");
        }

        var parent = await ParentRowAsync(id, form.ParentId, ct);
        if ((form.ParentId is not null && parent is null) || !PlanShape.CanHold(project.Layout, parent?.Kind, form.Kind))
        {
            return NotFound();
        }

        var page = await PageAsync(project, form, 0, null, parent, null, ct);
        if (ApplyRowCommand(form))
        {
            return View("EditItem", page);
        }

        CheckChoices(form, page);
        if (!ModelState.IsValid)
        {
            return View("EditItem", page);
        }

        if (await RangeSubjectAsync(project, parent, form, ct) is { } subject)
        {
            return View("EditItem", WithWarning(page, subject));
        }

        var siblings = await db.PlanItems
            .Where(i => i.ProjectId == id && (i.ParentId == form.ParentId || i.Id == form.ParentId))
            .ToListAsync(ct);
        var tree = new PlanTree(project.Layout, siblings);
        var item = new PlanItem { ProjectId = id, Kind = form.Kind };
        Apply(form, item);
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

        TempData["PlanMessage"] = $"Пункт «{Short(Describe(item, page))}» добавлен.";
        return Redirect($"/projects/{id}/plan#item-{item.Id}");
    }

    [HttpGet("plan/{itemId:int}/edit")]
    [StageLock]
    public async Task<IActionResult> EditItem(int id, int itemId, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        var item = await db.PlanItems.AsNoTracking().Include(i => i.Responsibles.OrderBy(r => r.SortOrder))
            .SingleOrDefaultAsync(i => i.Id == itemId && i.ProjectId == id, ct);
        if (project is null || item is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        var form = ToForm(item, project.Version);
        return View(await PageAsync(project, form, itemId, item, await ParentRowAsync(id, item.ParentId, ct), null, ct));
    }

    [HttpPost("plan/{itemId:int}/edit")]
    [StageLock]
    public async Task<IActionResult> EditItem(int id, int itemId, [Bind(Prefix = "Form")] PlanItemForm form, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        var item = await db.PlanItems.Include(i => i.Responsibles)
            .SingleOrDefaultAsync(i => i.Id == itemId && i.ProjectId == id, ct);
        if (project is null || item is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        if (item.Kind == PlanItemKind.Stage && await StageLockAttribute.TouchesClosedStageAsync(db, null, form.StageId, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{itemId}");
        }

        // Kind and place are not edited here (moving has its own page).
        form.Kind = item.Kind;
        form.ParentId = item.ParentId;
        var parent = await ParentRowAsync(id, item.ParentId, ct);
        var page = await PageAsync(project, form, itemId, item, parent, null, ct);
        if (ApplyRowCommand(form))
        {
            return View(page);
        }

        CheckChoices(form, page);
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        if (await RangeSubjectAsync(project, parent, form, ct) is { } subject)
        {
            return View(WithWarning(page, subject));
        }

        Apply(form, item);
        item.InterpretDeadline(project.Period);
        foreach (var removed in ApplyResponsibles(form, item))
        {
            db.Responsibles.Remove(removed);
        }

        db.ExpectProjectVersion(id, form.Version, clock.GetUtcNow());
        if (!await db.TrySavePlanAsync(ModelState, ct))
        {
            return View(page);
        }

        TempData["PlanMessage"] = $"Пункт «{Short(Describe(item, page))}» сохранён.";
        return Redirect($"/projects/{id}/plan#item-{item.Id}");
    }

    /// <summary>The row's «ещё»: moving up and down, elsewhere, deleting and adding nested items, opened on demand.</summary>
    [HttpGet("plan/{itemId:int}/actions")]
    [StageLock]
    public async Task<IActionResult> ItemActions(int id, int itemId, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

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
    public async Task<IActionResult> MoveItem(int id, int itemId, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        var page = await MovePageAsync(project, itemId, null, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("plan/{itemId:int}/move")]
    [StageLock]
    public async Task<IActionResult> MoveItem(int id, int itemId, string? newParentId, uint version, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

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
                return View(await MovePageAsync(project, itemId, "Выберите, куда перенести пункт.", ct));
            }

            if (await StageLockAttribute.TouchesClosedStageAsync(db, target.Id, null, ct))
            {
                return StageLockAttribute.Refuse(this, $"/projects/{id}/plan#item-{itemId}");
            }
        }

        var oldParent = item.ParentId;
        if (tree.MoveTo(item, target) is { } error)
        {
            return View(await MovePageAsync(project, itemId, error, ct));
        }

        if (oldParent != item.ParentId)
        {
            db.ExpectProjectVersion(id, version, clock.GetUtcNow());
            if (!await db.TrySavePlanAsync(ModelState, ct))
            {
                return View(await MovePageAsync(project, itemId, PlanConcurrency.ConflictMessage, ct));
            }
        }

        TempData["PlanMessage"] = "Пункт перенесён; номера пунктов пересчитаны.";
        return Redirect($"/projects/{id}/plan#item-{item.Id}");
    }

    [HttpGet("plan/{itemId:int}/delete")]
    [StageLock]
    public async Task<IActionResult> DeleteItem(int id, int itemId, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        var page = await DeletePageAsync(project, itemId, null, ct);
        return page is null ? NotFound() : View(page);
    }

    [HttpPost("plan/{itemId:int}/delete")]
    [StageLock]
    public async Task<IActionResult> DeleteItem(int id, int itemId, uint version, CancellationToken ct)
    {
        var project = await ProjectHeader.LoadAsync(db, id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!await CanAsync(id, Permissions.EditPlan))
        {
            return Forbid();
        }

        var page = await DeletePageAsync(project, itemId, null, ct);
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
            return View(await DeletePageAsync(project, itemId, PlanConcurrency.ConflictMessage, ct));
        }

        TempData["PlanMessage"] = $"Пункт «{Short(page.Title)}» удалён; номера пунктов пересчитаны.";
        return Redirect($"/projects/{id}/plan");
    }

    private async Task<bool> CanAsync(int projectId, string permission) =>
        (await auth.AuthorizeAsync(User, new ProjectResource(projectId), permission)).Succeeded;

    private async Task<PlanRow?> ParentRowAsync(int projectId, int? parentId, CancellationToken ct)
    {
        if (parentId is null)
        {
            return null;
        }

        var stages = await PlanQueries.StagesAsync(db, projectId, ct);
        var rows = await PlanQueries.RowsAsync(db, projectId, stages, await PlanQueries.TaskNamesAsync(db, projectId, ct), ct);
        return rows.FirstOrDefault(r => r.Id == parentId);
    }

    private bool ApplyRowCommand(PlanItemForm form)
    {
        var command = RowCommand.Parse(form.Command);
        if (command.IsSave)
        {
            return false;
        }

        command.Apply("responsible", form.Responsibles);
        command.Apply("year", form.YearValues);
        // The re-shown form must show the rows as changed, not as posted.
        ModelState.Clear();
        return true;
    }

    /// <summary>Stage, task, result, people and organisations must be the ones the page offered.</summary>
    private void CheckChoices(PlanItemForm form, PlanItemPage page)
    {
        static bool Offered(IReadOnlyList<ChoiceOption> options, int? id) =>
            id is null || options.Any(o => o.Value == id.Value.ToString(CultureInfo.InvariantCulture));

        if (!Offered(page.Stages, form.StageId))
        {
            ModelState.AddModelError("Form.StageId", "Выберите этап из списка.");
        }

        if (!Offered(page.Tasks, form.TaskId))
        {
            ModelState.AddModelError("Form.TaskId", "Выберите задачу из списка.");
        }

        if (!Offered(page.Results, form.ResultId))
        {
            ModelState.AddModelError("Form.ResultId", "Выберите результат из списка.");
        }

        foreach (var (row, i) in form.Responsibles.Select((r, i) => (r, i)))
        {
            if (!Offered(page.People, row.PersonId))
            {
                ModelState.AddModelError($"Form.Responsibles[{i}].PersonId", "Выберите человека из списка.");
            }

            if (!Offered(page.Organisations, row.OrganisationId))
            {
                ModelState.AddModelError($"Form.Responsibles[{i}].OrganisationId", "Выберите организацию из списка.");
            }
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

    private static PlanItemPage WithWarning(PlanItemPage page, string subject) => new()
    {
        Project = page.Project,
        Form = page.Form,
        ItemId = page.ItemId,
        Number = page.Number,
        KindName = page.KindName,
        ParentTitle = page.ParentTitle,
        People = page.People,
        Organisations = page.Organisations,
        Stages = page.Stages,
        Tasks = page.Tasks,
        Results = page.Results,
        RangeWarningSubject = subject,
    };

    private async Task<PlanItemPage> PageAsync(
        ProjectHeader project, PlanItemForm form, int itemId, PlanItem? item, PlanRow? parent, string? rangeSubject, CancellationToken ct)
    {
        var stages = await PlanQueries.StagesAsync(db, project.Id, ct);
        var tasks = await db.ProjectTasks.AsNoTracking().Where(t => t.ProjectId == project.Id).OrderBy(t => t.SortOrder)
            .Select(t => new { t.Id, t.Name, Results = t.Results.OrderBy(r => r.SortOrder).Select(r => new { r.Id, r.Name }).ToList() })
            .ToListAsync(ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.FullName)
            .Select(p => new { p.Id, p.FullName, p.Position }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name }).ToListAsync(ct);
        string? number = null;
        if (item is not null)
        {
            var rows = await PlanQueries.RowsAsync(db, project.Id, stages, tasks.ToDictionary(t => t.Id, t => t.Name), ct);
            number = rows.FirstOrDefault(r => r.Id == item.Id)?.Number;
        }

        return new PlanItemPage
        {
            Project = project,
            Form = form,
            ItemId = itemId,
            Number = number,
            KindName = PlanShape.KindName(form.Kind),
            ParentTitle = parent is null ? null : $"{parent.Number} {parent.Title}",
            People = people.Select(p => new ChoiceOption(Text(p.Id), p.Position is null ? p.FullName : $"{p.FullName} — {Short(p.Position)}")).ToList(),
            Organisations = organisations.Select(o => new ChoiceOption(Text(o.Id), o.Name)).ToList(),
            Stages = stages.Select(s => new ChoiceOption(Text(s.Id), s.Heading)).ToList(),
            Tasks = tasks.Select((t, i) => new ChoiceOption(Text(t.Id), $"Задача {i + 1}. {Short(t.Name)}")).ToList(),
            Results = tasks.SelectMany((t, ti) => t.Results.Select((r, ri) => new ChoiceOption(Text(r.Id), $"{ti + 1}.{ri + 1}. {Short(Plain(r.Name))}"))).ToList(),
            RangeWarningSubject = rangeSubject,
        };
    }

    private async Task<MoveItemPage?> MovePageAsync(ProjectHeader project, int itemId, string? error, CancellationToken ct)
    {
        var rows = await PlanQueries.RowsAsync(db, project.Id, await PlanQueries.StagesAsync(db, project.Id, ct), await PlanQueries.TaskNamesAsync(db, project.Id, ct), ct);
        var row = rows.FirstOrDefault(r => r.Id == itemId);
        if (row is null)
        {
            return null;
        }

        var tree = new PlanTree(project.Layout, rows.Select(r => new PlanItem { Id = r.Id, ParentId = r.ParentId, Kind = r.Kind, SortOrder = r.SortOrder }));
        var places = tree.PlacesFor(tree.Find(itemId)!).Where(p => p?.Id != row.ParentId).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        return new MoveItemPage
        {
            Project = project,
            ItemId = itemId,
            Title = $"{row.Number} {row.Title}",
            Places = places.Select(p => p is null
                ? new ChoiceOption("", "Верхний уровень плана")
                : new ChoiceOption(Text(p.Id), $"{byId[p.Id].Number} {Short(byId[p.Id].Title)}")).ToList(),
            Error = error,
        };
    }

    private async Task<DeleteItemPage?> DeletePageAsync(ProjectHeader project, int itemId, string? error, CancellationToken ct)
    {
        var rows = await PlanQueries.RowsAsync(db, project.Id, await PlanQueries.StagesAsync(db, project.Id, ct), await PlanQueries.TaskNamesAsync(db, project.Id, ct), ct);
        var row = rows.FirstOrDefault(r => r.Id == itemId);
        if (row is null)
        {
            return null;
        }

        var tree = new PlanTree(project.Layout, rows.Select(r => new PlanItem { Id = r.Id, ParentId = r.ParentId, Kind = r.Kind, SortOrder = r.SortOrder }));
        var subtree = tree.Subtree(tree.Find(itemId)!).Select(i => i.Id).ToList();
        var linked = await db.ControlEvents.Where(e => e.PlanItemId != null && subtree.Contains(e.PlanItemId.Value))
            .Select(e => e.Name == null).ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return new DeleteItemPage
        {
            Project = project,
            ItemId = itemId,
            Title = $"{row.Number} {row.Title}",
            Children = subtree.Skip(1).Select(i => $"{byId[i].Number} {Short(byId[i].Title)}").ToList(),
            EventsDeleted = linked.Count(empty => empty),
            EventsUnlinked = linked.Count(empty => !empty),
            Error = error,
        };
    }

    private static PlanItemForm ToForm(PlanItem item, uint version) => new()
    {
        Kind = item.Kind,
        ParentId = item.ParentId,
        Version = version,
        Name = item.Name,
        StageId = item.StageId,
        TaskId = item.TaskId,
        ResultId = item.ResultId,
        Start = RussianDate.Format(item.StartDate),
        End = RussianDate.Format(item.EndDate),
        StartText = item.StartText,
        EndText = item.EndText,
        StartNote = item.StartNote,
        EndNote = item.EndNote,
        DeadlineText = item.DeadlineText,
        ReportDates = string.Join(", ", item.ReportDates.Select(d => RussianDate.Format(d))),
        IndicatorName = item.IndicatorName,
        IndicatorUnit = item.IndicatorUnit,
        PlannedValueText = item.PlannedValueText,
        YearValues = item.YearValues.OrderBy(v => v.Year).Select(v => new YearValueInput { Year = Text(v.Year), Text = v.Text }).ToList(),
        DocumentType = item.DocumentType,
        ControlLevel = item.ControlLevel,
        ControlLevelText = item.ControlLevelText,
        Responsibles = item.Responsibles.OrderBy(r => r.SortOrder)
            .Select(r => new ResponsibleInput { Id = r.Id, PersonId = r.PersonId, PositionText = r.PositionText, Text = r.Text, OrganisationId = r.OrganisationId })
            .DefaultIfEmpty(new ResponsibleInput())
            .ToList(),
    };

    private static void Apply(PlanItemForm form, PlanItem item)
    {
        var ownName = PlanShape.HasOwnName(item.Kind);
        item.Name = ownName ? Clean(form.Name) : null;
        item.StageId = item.Kind == PlanItemKind.Stage ? form.StageId : null;
        item.TaskId = item.Kind == PlanItemKind.Task ? form.TaskId : null;
        item.ResultId = item.Kind == PlanItemKind.Result ? form.ResultId : null;
        // Editing a date drops the printed text that stood for the old one («31.06.2021»), unless the text was edited too.
        item.StartText = Companion(form.StartText, item.StartText, form.StartDate != item.StartDate);
        item.EndText = Companion(form.EndText, item.EndText, form.EndDate != item.EndDate);
        item.StartDate = form.StartDate;
        item.EndDate = form.EndDate;
        item.StartNote = Clean(form.StartNote);
        item.EndNote = Clean(form.EndNote);
        item.DeadlineText = Clean(form.DeadlineText);
        item.ReportDates = form.ReportDateList.ToList();
        item.IndicatorName = Clean(form.IndicatorName);
        item.IndicatorUnit = Clean(form.IndicatorUnit);
        item.PlannedValueText = Clean(form.PlannedValueText);
        item.PlannedValue = NumberPhrase.Parse(item.PlannedValueText);
        item.YearValues = form.YearValues
            .Where(v => !string.IsNullOrWhiteSpace(v.Year))
            .Select(v => new PlanYearValue { Year = int.Parse(v.Year!.Trim(), CultureInfo.InvariantCulture), Text = v.Text!.Trim() })
            .OrderBy(v => v.Year)
            .ToList();
        item.DocumentType = Clean(form.DocumentType);
        item.ControlLevel = form.ControlLevel;
        item.ControlLevelText = form.ControlLevel is null ? null : Clean(form.ControlLevelText);
        if (item.Id == 0)
        {
            ApplyResponsibles(form, item);
        }
    }

    /// <summary>Replaces the item's executors with the form's rows (existing ones updated by Id); returns the rows to delete.</summary>
    private static List<Responsible> ApplyResponsibles(PlanItemForm form, PlanItem item)
    {
        var kept = new List<Responsible>();
        foreach (var (row, order) in form.Responsibles.Where(r => !r.IsEmpty).Select((r, i) => (r, i)))
        {
            var entity = row.Id == 0 ? null : item.Responsibles.FirstOrDefault(r => r.Id == row.Id);
            if (entity is null)
            {
                entity = new Responsible();
                item.Responsibles.Add(entity);
            }

            entity.PersonId = row.PersonId;
            entity.PositionText = row.PersonId is null ? null : Clean(row.PositionText);
            entity.Text = row.PersonId is null ? Clean(row.Text) : null;
            entity.OrganisationId = row.PersonId is null ? row.OrganisationId : null;
            entity.SortOrder = order;
            kept.Add(entity);
        }

        var removed = item.Responsibles.Where(r => !kept.Contains(r)).ToList();
        item.Responsibles.RemoveAll(removed.Contains);
        return removed;
    }

    private static string Describe(PlanItem item, PlanItemPage page) => item.Kind switch
    {
        PlanItemKind.Stage => page.Stages.FirstOrDefault(s => s.Value == Text(item.StageId ?? 0))?.Text ?? "Этап",
        PlanItemKind.Task => page.Tasks.FirstOrDefault(s => s.Value == Text(item.TaskId ?? 0))?.Text ?? "Задача",
        _ => item.Name ?? "",
    };

    private static string? Companion(string? typed, string? stored, bool dateChanged)
    {
        var text = Clean(typed);
        return dateChanged && text == stored ? null : text;
    }

    private static string Plain(string markup) =>
        RichText.Parse(markup).Select(b => b.Paragraph ?? string.Join(" ", b.Items)).FirstOrDefault() ?? "";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
