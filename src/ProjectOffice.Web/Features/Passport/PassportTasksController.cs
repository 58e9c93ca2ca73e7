using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>Passport «Задачи и результаты»: tasks (municipal item 17, national section 3), each with its results.</summary>
[ProjectAccess(Permissions.EditPassport)]
[EditablePassport]
[Route("projects/{id:int}/edit/tasks")]
public sealed class PassportTasksController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string ViewPath = "/Features/Passport/Tasks.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        var tasks = await db.ProjectTasks.AsNoTracking()
            .Where(t => t.ProjectId == id)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new TaskInput
            {
                Id = t.Id,
                Name = t.Name,
                Results = t.Results.OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
                    .Select(r => new ResultInput { Id = r.Id, Name = r.Name, Characteristic = r.Characteristic })
                    .ToList(),
            })
            .ToListAsync(ct);
        return View(ViewPath, new TasksForm { Version = found.Version, Tasks = tasks, Project = found.Project });
    }

    [HttpPost("")]
    public async Task<IActionResult> Edit(int id, TasksForm form, string? command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        form.Project = found.Project;
        var grid = GridCommand.Parse(command);
        if (!grid.IsSave)
        {
            if (grid.Target == "")
            {
                grid.ApplyTo(form.Tasks, () => new TaskInput());
            }
            else if (grid.Target == "result" && grid.Parent(form.Tasks) is { } task)
            {
                grid.ApplyTo(task.Results, () => new ResultInput());
            }

            // Rows moved: the form must show the model, not the values posted at the old indices.
            ModelState.Clear();
            return View(ViewPath, form);
        }

        if (!ModelState.IsValid)
        {
            return View(ViewPath, form);
        }

        var project = await db.Projects.Include(p => p.Tasks).ThenInclude(t => t.Results).SingleAsync(p => p.Id == id, ct);
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        ApplyTasks(project, form.Tasks);
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            return View(ViewPath, form);
        }

        TempData["Message"] = "Задачи и результаты сохранены.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Replaces the project's tasks by the form's: existing rows updated by Id, new ones added, missing ones deleted.</summary>
    private void ApplyTasks(Project project, List<TaskInput> inputs)
    {
        var kept = new HashSet<ProjectTask>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var task = project.Tasks.FirstOrDefault(t => input.Id != 0 && t.Id == input.Id);
            if (task is null)
            {
                task = new ProjectTask();
                project.Tasks.Add(task);
            }

            kept.Add(task);
            task.Name = GridText.Clean(input.Name) ?? "";
            task.SortOrder = i;
            ApplyResults(task, input.Results);
        }

        foreach (var removed in project.Tasks.Where(t => !kept.Contains(t)).ToList())
        {
            db.ProjectTasks.Remove(removed);
        }
    }

    private void ApplyResults(ProjectTask task, List<ResultInput> inputs)
    {
        var kept = new HashSet<ProjectResult>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var result = task.Results.FirstOrDefault(r => input.Id != 0 && r.Id == input.Id);
            if (result is null)
            {
                result = new ProjectResult();
                task.Results.Add(result);
            }

            kept.Add(result);
            result.Name = GridText.Clean(input.Name) ?? "";
            result.Characteristic = GridText.Clean(input.Characteristic);
            result.SortOrder = i;
        }

        foreach (var removed in task.Results.Where(r => !kept.Contains(r)).ToList())
        {
            db.ProjectResults.Remove(removed);
        }
    }
}
