using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using ProjectOffice.Data;
using ProjectOffice.Data.Approval;
using ProjectOffice.Data.Journal;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>The plan of control events: the list with traffic lights, an event's page, creating, editing and deleting (marks: <see cref="ControlEventMarksController"/>).</summary>
public sealed class ControlEventsController(AppDbContext db, TimeProvider clock) : Controller
{
    /// <summary>Adding renumbers the project's events; someone else changed them or the plan in between.</summary>
    public const string AddConflictMessage =
        "Контрольные события или план проекта изменил другой пользователь, пока вы заполняли форму. Событие не добавлено, " +
        "но осталось в форме: проверьте его и сохраните ещё раз.";

    public const string ConflictMessage =
        "Контрольное событие изменил другой пользователь, пока вы заполняли форму. Ваши изменения не сохранены, " +
        "но остались в форме: проверьте событие и сохраните ещё раз.";

    public const string TooLargeMessage = "Файл больше 20 МБ — такой не принимается. Уменьшите его или приложите архив частями.";

    [HttpGet("projects/{id:int}/control-events")]
    [ProjectPageCache]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Index(int id, ControlEventState? status, ProjectAccess access, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var today = clock.Today();
        var rows = await ControlEventQueries.ListAsync(db, id, today, ct);
        var stages = await PlanQueries.StagesAsync(db, id, ct);
        var shown = rows.Where(r => status is null || r.State == status).ToList();
        var groups = stages.Count == 0
            ? [(null, shown)]
            : stages.Select(s => ((string?)s.Heading, (IReadOnlyList<ControlEventRow>)shown.Where(r => r.StageId == s.Id).ToList()))
                .Append((null, shown.Where(r => r.StageId is null || stages.All(s => s.Id != r.StageId)).ToList()))
                .Where(g => g.Item2.Count > 0 || g.Item1 is not null)
                .ToList();
        return View(new ControlEventListModel
        {
            Project = project,
            Groups = groups,
            Filter = status,
            Counts = rows.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count()),
            Total = rows.Count,
            CanEdit = access.Can(Permissions.EditPlan),
            Today = today,
            Message = TempData["EventMessage"] as string,
        });
    }

    [HttpGet("control-events/{eventId:int}")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Details(int eventId, ProjectAccess access, CancellationToken ct)
    {
        var row = (await ControlEventQueries.OneAsync(db, eventId, clock.Today(), ct))!;
        return View(await DetailsPageAsync(row, access, TempData["EventMessage"] as string, TempData["EventError"] as string, ct));
    }

    [HttpGet("projects/{id:int}/control-events/new")]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> Create(int id, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        return View("Edit", await EditPageAsync(project, new ControlEventForm { Responsibles = [new()] }, 0, null, ct));
    }

    [HttpPost("projects/{id:int}/control-events/new")]
    [ProjectAccess(Permissions.EditPlan)]
    public async Task<IActionResult> Create(int id, [Bind(Prefix = "Form")] ControlEventForm form, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        if (await StageLockAttribute.TouchesClosedStageAsync(db, form.PlanItemId, form.StageId, ct))
        {
            return StageLockAttribute.Refuse(this, $"/projects/{id}/control-events");
        }

        var page = await EditPageAsync(project, form, 0, null, ct);
        if (!await ValidateEditAsync(page, ct))
        {
            return View("Edit", page);
        }

        var events = await db.ControlEvents.Where(e => e.ProjectId == id).ToListAsync(ct);
        var ev = new Domain.Plans.ControlEvent { ProjectId = id, Status = ControlEventStatus.Planned, SortOrder = events.Count };
        foreach (var removed in form.ApplyTo(ev))
        {
            db.Responsibles.Remove(removed);
        }
        db.ControlEvents.Add(ev);
        events.Add(ev);
        ControlEventOrder.Renumber(events, await StageOrderAsync(id, ct), ev);
        if (!await db.TrySaveAsync(ModelState, AddConflictMessage, ct))
        {
            return View("Edit", page);
        }

        TempData["EventMessage"] = "Контрольное событие добавлено.";
        return Redirect($"/control-events/{ev.Id}");
    }

    [HttpGet("control-events/{eventId:int}/edit")]
    [ProjectAccess(Permissions.EditPlan)]
    [StageLock]
    public async Task<IActionResult> Edit(int eventId, CancellationToken ct)
    {
        var ev = await db.ControlEvents.AsNoTracking().Include(e => e.Responsibles.OrderBy(r => r.SortOrder))
            .SingleAsync(e => e.Id == eventId, ct);
        var project = (await ProjectHeader.LoadAsync(db, ev.ProjectId, ct))!;
        return View(await EditPageAsync(project, ControlEventForm.From(ev), eventId, ev.PlannedDateText, ct));
    }

    [HttpPost("control-events/{eventId:int}/edit")]
    [ProjectAccess(Permissions.EditPlan)]
    [StageLock]
    public async Task<IActionResult> Edit(int eventId, [Bind(Prefix = "Form")] ControlEventForm form, CancellationToken ct)
    {
        var ev = await db.ControlEvents.Include(e => e.Responsibles).SingleAsync(e => e.Id == eventId, ct);
        if (await StageLockAttribute.TouchesClosedStageAsync(db, form.PlanItemId, form.StageId, ct))
        {
            return StageLockAttribute.Refuse(this, $"/control-events/{eventId}");
        }

        var project = (await ProjectHeader.LoadAsync(db, ev.ProjectId, ct))!;
        var page = await EditPageAsync(project, form, eventId, ev.PlannedDateText, ct);
        if (!await ValidateEditAsync(page, ct))
        {
            return View(page);
        }

        var stageBefore = ev.StageId;
        db.Entry(ev).Property(e => e.Version).OriginalValue = form.Version;
        foreach (var removed in form.ApplyTo(ev))
        {
            db.Responsibles.Remove(removed);
        }
        if (stageBefore != ev.StageId)
        {
            var events = await db.ControlEvents.Where(e => e.ProjectId == ev.ProjectId).ToListAsync(ct);
            ControlEventOrder.Renumber(events, await StageOrderAsync(ev.ProjectId, ct), ev);
        }

        if (!await TrySaveEventAsync(ct))
        {
            return View(page);
        }

        TempData["EventMessage"] = "Контрольное событие сохранено.";
        return Redirect($"/control-events/{ev.Id}");
    }

    [HttpGet("control-events/{eventId:int}/delete")]
    [ProjectAccess(Permissions.EditPlan)]
    [StageLock]
    public async Task<IActionResult> Delete(int eventId, CancellationToken ct)
    {
        var row = (await ControlEventQueries.OneAsync(db, eventId, clock.Today(), ct))!;
        return View(new DeleteEventPage { Project = (await ProjectHeader.LoadAsync(db, row.ProjectId, ct))!, Event = row });
    }

    [HttpPost("control-events/{eventId:int}/delete")]
    [ProjectAccess(Permissions.EditPlan)]
    [StageLock]
    public async Task<IActionResult> Delete(int eventId, uint version, CancellationToken ct)
    {
        var ev = await db.ControlEvents.SingleAsync(e => e.Id == eventId, ct);
        var row = (await ControlEventQueries.OneAsync(db, eventId, clock.Today(), ct))!;
        db.Entry(ev).Property(e => e.Version).OriginalValue = version;
        db.ControlEvents.Remove(ev);
        var rest = await db.ControlEvents.Where(e => e.ProjectId == ev.ProjectId && e.Id != ev.Id).ToListAsync(ct);
        ControlEventOrder.Renumber(rest, await StageOrderAsync(ev.ProjectId, ct));
        if (!await TrySaveEventAsync(ct))
        {
            return View(new DeleteEventPage { Project = (await ProjectHeader.LoadAsync(db, row.ProjectId, ct))!, Event = row, Error = ConflictMessage });
        }

        TempData["EventMessage"] = $"Контрольное событие «{row.Name}» удалено.";
        return Redirect($"/projects/{ev.ProjectId}/control-events");
    }

    private Task<bool> TrySaveEventAsync(CancellationToken ct) => db.TrySaveAsync(ModelState, ConflictMessage, ct);

    private async Task<bool> ValidateEditAsync(ControlEventEditPage page, CancellationToken ct)
    {
        var form = page.Form;
        foreach (var (row, i) in form.Responsibles.Select((r, i) => (r, i)))
        {
            if (row.PersonId is { } person && page.People.All(p => p.Value != Text(person)))
            {
                ModelState.AddModelError($"Form.Responsibles[{i}].PersonId", "Выберите человека из списка.");
            }

            if (row.OrganisationId is { } org && page.Organisations.All(o => o.Value != Text(org)))
            {
                ModelState.AddModelError($"Form.Responsibles[{i}].OrganisationId", "Выберите организацию из списка.");
            }
        }

        if (form.StageId is { } stage && page.Stages.All(s => s.Value != Text(stage)))
        {
            ModelState.AddModelError("Form.StageId", "Выберите этап из списка.");
        }

        if (form.PlanItemId is { } item && page.PlanItems.All(s => s.Value != Text(item)))
        {
            ModelState.AddModelError("Form.PlanItemId", "Выберите пункт плана из списка.");
        }

        var command = RowCommand.Parse(form.Command);
        if (!command.IsSave)
        {
            if (command.Targets("responsible"))
            {
                command.ApplyTo(form.Responsibles);
            }

            ModelState.Clear();
            return false;
        }

        if (!ModelState.IsValid || form.LinkedToControlPoint)
        {
            return ModelState.IsValid;
        }

        var stages = await PlanQueries.StagesAsync(db, page.Project.Id, ct);
        var stagePeriod = stages.FirstOrDefault(s => s.Id == form.StageId)?.Period;
        var warnings = PlanDates.Warnings(form.Date, null, stagePeriod, "этапа", page.Project.Period);
        if (warnings.Count == 0 || form.ConfirmOutOfRange)
        {
            return true;
        }

        ModelState.AddModelError("Form.ConfirmOutOfRange", string.Join(" ", warnings));
        page.RangeWarningSubject = PlanDates.Outside(form.Date, null, stagePeriod) ? "этапа" : "проекта";
        return false;
    }

    private async Task<ControlEventEditPage> EditPageAsync(ProjectHeader project, ControlEventForm form, int eventId, string? printedDate, CancellationToken ct)
    {
        var stages = await PlanQueries.StagesAsync(db, project.Id, ct);
        var rows = await PlanQueries.RowsAsync(db, project.Id, stages, await PlanQueries.TaskNamesAsync(db, project.Id, ct), ct);
        var people = await db.People.AsNoTracking().OrderBy(p => p.FullName).Select(p => new { p.Id, p.FullName, p.Position }).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, Name = o.ShortName ?? o.Name }).ToListAsync(ct);
        form.LinkedToControlPoint = form.PlanItemId is { } itemId && rows.Any(r => r.Id == itemId && r.Kind == PlanItemKind.ControlPoint);

        // A closed stage takes no new events: its stage and plan items are not offered (a forged choice is refused below).
        var locked = StageLockRules.LockedItems(rows.Select(r => (r.Id, r.ParentId, r.StageId)).ToList(), stages.Where(s => s.Closed).Select(s => s.Id).ToHashSet());
        return new ControlEventEditPage
        {
            Project = project,
            Form = form,
            EventId = eventId,
            PrintedDate = printedDate,
            Stages = stages.Where(s => !s.Closed).Select(s => new ChoiceOption(Text(s.Id), s.Heading)).ToList(),
            PlanItems = rows.Where(r => PlanShape.IsWork(r.Kind) && !locked.Contains(r.Id))
                .Select(r => new ChoiceOption(Text(r.Id), $"{r.Number} {Short(r.Title)}{(r.Kind == PlanItemKind.ControlPoint ? " (контрольная точка)" : "")}"))
                .ToList(),
            People = people.Select(p => new ChoiceOption(Text(p.Id), p.Position is null ? p.FullName : $"{p.FullName} — {Short(p.Position)}")).ToList(),
            Organisations = organisations.Select(o => new ChoiceOption(Text(o.Id), o.Name)).ToList(),
        };
    }

    private async Task<ControlEventPage> DetailsPageAsync(ControlEventRow row, ProjectAccess access, string? message, string? error, CancellationToken ct)
    {
        var locked = await StageLocks.IsControlEventLockedAsync(db, row.Id, ct);
        var marks = await db.ControlEvents.AsNoTracking().Where(e => e.Id == row.Id)
            .Select(e => new
            {
                e.MarkedAt,
                DoneByUser = db.Users.Where(u => u.Id == e.DoneByUserId).Select(u => u.FullName).FirstOrDefault(),
                DoneByPerson = db.People.Where(p => p.Id == e.DoneByPersonId).Select(p => p.FullName).FirstOrDefault(),
                Evidence = e.Evidence.OrderBy(f => f.UploadedAt).Select(f => new EvidenceRow(f.Id, f.FileName, f.Size, f.UploadedAt)).ToList(),
            })
            .SingleAsync(ct);
        var entityId = Text(row.Id);
        var journal = await db.Journal.AsNoTracking()
            .Where(j => j.ProjectId == row.ProjectId && j.EntityType == nameof(Domain.Plans.ControlEvent) && j.EntityId == entityId)
            .OrderByDescending(j => j.At).Take(50)
            .ToListAsync(ct);
        var history = (await JournalText.ReadAsync(db, journal, ct))
            .Select(j => new HistoryRow(j.At, j.UserName, j.Field, j.OldValue, j.NewValue)).ToList();
        var stages = await PlanQueries.StagesAsync(db, row.ProjectId, ct);
        return new ControlEventPage
        {
            Project = (await ProjectHeader.LoadAsync(db, row.ProjectId, ct))!,
            Event = row,
            StageTitle = stages.FirstOrDefault(s => s.Id == row.StageId)?.Heading,
            DoneBy = marks.DoneByUser ?? marks.DoneByPerson,
            MarkedAt = marks.MarkedAt,
            Evidence = marks.Evidence,
            History = history,
            // A closed stage shows its events without the buttons that change them.
            CanMarkDone = !locked && await ControlEventAccess.CanMarkDoneAsync(db, access, User, row.Id, row.PlanItemId, ct),
            CanEdit = !locked && access.Can(Permissions.EditPlan),
            Locked = locked,
            Message = message,
            Error = error,
        };
    }

    private async Task<IReadOnlyList<int>> StageOrderAsync(int projectId, CancellationToken ct) =>
        await db.Stages.Where(s => s.ProjectId == projectId).OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync(ct);

    private static string Short(string text) => text.Length <= 120 ? text : text[..117] + "…";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
