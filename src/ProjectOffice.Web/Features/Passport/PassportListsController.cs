using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

[ProjectAccess(Permissions.EditPassport)]
[EditablePassport]
[Route("projects/{id:int}/edit/" + PassportSections.Lists)]
public sealed class PassportListsController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string Prefix = nameof(ListsPage.Form);

    [HttpGet("")]
    public async Task<IActionResult> Lists(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking()
            .Include(p => p.Tasks).Include(p => p.ListItems)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }

        var form = new ListsForm
        {
            Version = project.Version,
            Tasks = project.Tasks.OrderBy(t => t.SortOrder).Select(t => new TextRow { Id = t.Id, Text = t.Name }).ToList(),
            ExpectedResults = Rows(project, ListItemKind.ExpectedResult),
            Programmes = Rows(project, ListItemKind.Programme),
            ExternalRisks = Rows(project, ListItemKind.ExternalRisk),
            InternalRisks = Rows(project, ListItemKind.InternalRisk),
        };
        return await Page(id, form, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Lists(int id, [Bind(Prefix = Prefix)] ListsForm form, string? command, CancellationToken ct)
    {
        var project = await db.Projects.Include(p => p.Tasks).Include(p => p.ListItems)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }

        var action = RowCommand.Parse(command);
        if (!action.IsSave)
        {
            if (form.Table(action.Table) is { } rows)
            {
                action.ApplyTo(rows);
            }

            ModelState.Clear();
            return await Page(id, form, ct);
        }

        // National passports edit tasks (with their results) on their own page; this form does not carry them.
        var tasksHere = project.Layout == ProjectLayout.Municipal;
        if (tasksHere)
        {
            var removed = CollectionSync.Removed(project.Tasks.Select(t => t.Id), Filled(form.Tasks).Select(r => r.Id));
            var withResults = await db.ProjectTasks.Where(t => removed.Contains(t.Id) && t.Results.Any()).Select(t => t.Name).FirstOrDefaultAsync(ct);
            if (withResults is not null)
            {
                ModelState.AddModelError("", $"Задачу «{withResults}» нельзя удалить: у неё есть результаты. Сначала удалите их в разделе «Задачи и результаты».");
            }

            var planned = await db.ProjectTasks.Where(t => removed.Contains(t.Id) && db.PlanItems.Any(i => i.TaskId == t.Id)).Select(t => t.Name).FirstOrDefaultAsync(ct);
            if (planned is not null)
            {
                ModelState.AddModelError("", $"Задачу «{planned}» нельзя удалить: на неё ссылается план мероприятий.");
            }
        }

        if (!ModelState.IsValid)
        {
            return await Page(id, form, ct);
        }

        if (tasksHere)
        {
            CollectionSync.Replace(
                project.Tasks, Filled(form.Tasks), t => t.Id, r => r.Id,
                add: () =>
                {
                    var task = new ProjectTask();
                    project.Tasks.Add(task);
                    return task;
                },
                apply: (task, row, index) =>
                {
                    task.Name = FormText.Required(row.Text);
                    task.SortOrder = index;
                },
                remove: task => db.ProjectTasks.Remove(task));
        }

        SaveList(project, ListItemKind.ExpectedResult, form.ExpectedResults);
        SaveList(project, ListItemKind.Programme, form.Programmes);
        SaveList(project, ListItemKind.ExternalRisk, form.ExternalRisks);
        SaveList(project, ListItemKind.InternalRisk, form.InternalRisks);
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            form.Version = await db.CurrentVersionAsync(id, ct);
            ModelState.Remove($"{Prefix}.{nameof(form.Version)}");
            return await Page(id, form, ct);
        }

        TempData["Message"] = "Списки сохранены.";
        return Redirect(PassportSections.Url(id, PassportSections.Lists));
    }

    private void SaveList(Project project, ListItemKind kind, List<TextRow> rows) =>
        CollectionSync.Replace(
            project.ListItems.Where(i => i.Kind == kind), Filled(rows), i => i.Id, r => r.Id,
            add: () =>
            {
                var item = new ProjectListItem { Kind = kind };
                project.ListItems.Add(item);
                return item;
            },
            apply: (item, row, index) =>
            {
                item.Text = FormText.Required(row.Text);
                item.SortOrder = index;
            },
            remove: item => db.ProjectListItems.Remove(item));

    private static List<TextRow> Filled(List<TextRow> rows) => rows.Where(r => FormText.Clean(r.Text) is not null).ToList();

    private static List<TextRow> Rows(Project project, ListItemKind kind) =>
        project.ListItems.Where(i => i.Kind == kind).OrderBy(i => i.SortOrder).Select(i => new TextRow { Id = i.Id, Text = i.Text }).ToList();

    private async Task<IActionResult> Page(int id, ListsForm form, CancellationToken ct)
    {
        var heading = await db.HeadingAsync(id, PassportSections.Lists, ct);
        return heading is null
            ? NotFound()
            : View("Lists", new ListsPage { Heading = heading, ShowTasks = heading.Layout == ProjectLayout.Municipal, Form = form });
    }
}
