using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Passport budget (municipal item 20 / national section 4): amounts in million rubles as typed, by stage or by direction,
/// funding source and year. The typed amounts are stored; every «Всего» is computed (<see cref="BudgetTotals"/>) except
/// the project's totals a leader typed as the signed paper printed them (<see cref="TypedTotalCells"/>).
/// </summary>
[ProjectAccess(Permissions.EditPassport)]
[EditablePassport]
[Route("projects/{id:int}/edit/budget")]
public sealed class PassportBudgetController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string ViewPath = "/Features/Passport/Budget.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        var form = new BudgetForm { Version = found.Version, Project = found.Project };
        await DescribeAsync(form, ct);
        var items = await db.BudgetItems.AsNoTracking()
            .Where(b => b.ProjectId == id && b.SectionId == null)
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Id)
            .Include(b => b.Amounts)
            .ToListAsync(ct);
        form.TypedTotals = TypedTotalCells.Read(await db.TypedBudgetTotals.AsNoTracking().Where(t => t.ProjectId == id).ToListAsync(ct));
        var grid = form.Grid().ToList();
        form.Items = form.ByStage
            // A row per stage, in stage order; a stage without a row yet gets one when the budget is saved.
            ? form.Stages.Select(stage => items.FirstOrDefault(b => b.StageId == stage.Id) is { } item
                    ? new BudgetItemInput { Id = item.Id, StageId = stage.Id, Cells = BudgetCells.Read(item, grid) }
                    : new BudgetItemInput { StageId = stage.Id })
                .ToList()
            : items.Select(item => new BudgetItemInput
                {
                    Id = item.Id,
                    Title = item.Title,
                    Number = item.DirectionNumber,
                    ResultId = item.ResultId,
                    Cells = BudgetCells.Read(item, grid),
                })
                .ToList();
        return View(ViewPath, form);
    }

    [HttpPost("")]
    [FormLimits(ValueCountLimit = 20000)]
    public async Task<IActionResult> Edit(int id, BudgetForm form, string? command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        form.Project = found.Project;
        await DescribeAsync(form, ct);
        if (form.ByStage)
        {
            // The rows are the project's stages, whatever was posted. A row whose stage id did not come back as one of
            // them (a damaged hidden field) keeps its typed cells by its place in the grid, which follows stage order.
            var posted = form.Items;
            form.Items = [];
            for (var i = 0; i < form.Stages.Count; i++)
            {
                var stageId = form.Stages[i].Id;
                var row = posted.FirstOrDefault(x => x.StageId == stageId)
                          ?? (i < posted.Count && form.Stages.All(s => s.Id != posted[i].StageId) ? posted[i] : new BudgetItemInput());
                row.StageId = stageId;
                form.Items.Add(row);
            }
        }

        var grid = GridCommand.Parse(command);
        if (!grid.IsSave)
        {
            if (!form.ByStage)
            {
                grid.ApplyTo(form.Items, () => new BudgetItemInput());
            }

            ModelState.Clear();
            return View(ViewPath, form);
        }

        Check(form);
        if (!ModelState.IsValid)
        {
            return View(ViewPath, form);
        }

        var project = await db.Projects
            .Include(p => p.BudgetItems.Where(b => b.SectionId == null)).ThenInclude(b => b.Amounts)
            .Include(p => p.TypedBudgetTotals)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == id, ct);
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        if (form.ByStage)
        {
            ApplyStageRows(project, form);
        }
        else
        {
            ApplyDirections(project, form);
        }

        TypedTotalCells.Apply(db, project, form.TypedTotals, form.TotalsGrid());

        if (!await db.TrySaveAsync(ModelState, ct))
        {
            return View(ViewPath, form);
        }

        TempData["Message"] = "Бюджет сохранен.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    /// <summary>Columns and choices of the grid: funding sources, stages, results.</summary>
    private async Task DescribeAsync(BudgetForm form, CancellationToken ct)
    {
        var projectId = form.Project.Id;
        var usedSources = db.BudgetAmounts
            .Where(a => a.FundingSourceId != null && db.BudgetItems.Any(b => b.Id == a.BudgetItemId && b.ProjectId == projectId && b.SectionId == null))
            .Select(a => a.FundingSourceId);
        form.Sources = await db.FundingSources.AsNoTracking()
            .Where(f => !f.IsArchived || usedSources.Contains(f.Id))
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new BudgetSourceColumn(f.Id, f.Name, f.IsArchived))
            .ToListAsync(ct);

        if (form.ByStage)
        {
            var stages = await db.Stages.AsNoTracking()
                .Where(s => s.ProjectId == projectId)
                .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
                .Select(s => new { s.Id, s.Name, s.StartDate, s.EndDate })
                .ToListAsync(ct);
            form.Stages = stages.Select((s, i) =>
                    (s.Id, StageHeading.WithPeriod(StageHeading.Number(i), s.Name, s.StartDate, s.EndDate)))
                .ToList();
            return;
        }

        var tasks = await db.ProjectTasks.AsNoTracking()
            .Where(t => t.ProjectId == projectId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => t.Results.OrderBy(r => r.SortOrder).ThenBy(r => r.Id).Select(r => new { r.Id, r.Name }).ToList())
            .ToListAsync(ct);
        form.Results = tasks
            .SelectMany((results, t) => results.Select((r, n) => new BudgetResultOption(r.Id, $"{t + 1}.{n + 1}", FirstLine(r.Name))))
            .ToList();
    }

    private static string FirstLine(string markup)
    {
        var line = markup.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length > 150 ? line[..150] + "…" : line;
    }

    private void Check(BudgetForm form)
    {
        GridErrors.Add(ModelState, "", TypedTotalCells.Check(form.TypedTotals));
        for (var i = 0; i < form.Items.Count; i++)
        {
            var item = form.Items[i];
            var prefix = $"Items[{i}].";
            GridErrors.Add(ModelState, prefix, BudgetCells.Check(item.Cells));
            if (form.ByStage)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Title))
            {
                ModelState.AddModelError(prefix + nameof(item.Title), "Введите наименование результата (направления).");
            }

            if (item.ResultId is { } resultId && form.Results.All(r => r.Id != resultId))
            {
                ModelState.AddModelError(prefix + nameof(item.ResultId), "Выберите результат из списка.");
            }
        }
    }

    private void ApplyStageRows(Project project, BudgetForm form)
    {
        var grid = form.Grid().ToList();
        for (var i = 0; i < form.Stages.Count; i++)
        {
            var stageId = form.Stages[i].Id;
            var item = project.BudgetItems.FirstOrDefault(b => b.StageId == stageId);
            if (item is null)
            {
                item = new BudgetItem { StageId = stageId };
                project.BudgetItems.Add(item);
            }

            item.SortOrder = i;
            BudgetCells.Apply(db, item, form.Items[i].Cells, grid);
        }
    }

    /// <summary>Replaces the passport's directions by the form's (financing sections of the materials are not touched).</summary>
    private void ApplyDirections(Project project, BudgetForm form)
    {
        var grid = form.Grid().ToList();
        var kept = new HashSet<BudgetItem>();
        for (var i = 0; i < form.Items.Count; i++)
        {
            var input = form.Items[i];
            var item = project.BudgetItems.FirstOrDefault(b => input.Id != 0 && b.Id == input.Id);
            if (item is null)
            {
                item = new BudgetItem();
                project.BudgetItems.Add(item);
            }

            kept.Add(item);
            item.SortOrder = i;
            item.Title = GridText.Clean(input.Title);
            item.DirectionNumber = GridText.Clean(input.Number);
            item.ResultId = input.ResultId;
            BudgetCells.Apply(db, item, input.Cells, grid);
        }

        foreach (var removed in project.BudgetItems.Where(b => !kept.Contains(b)).ToList())
        {
            db.BudgetItems.Remove(removed);
        }
    }
}
