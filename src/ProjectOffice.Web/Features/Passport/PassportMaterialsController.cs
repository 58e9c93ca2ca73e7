using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// «Дополнительные обосновывающие материалы» (national layout mainly): text sections, the place of the indicator methods
/// table, other tables, and financing sections whose activities are budget items of the section.
/// </summary>
[ProjectAccess(Permissions.EditPassport)]
[EditablePassport]
[Route("projects/{id:int}/edit/materials")]
public sealed class PassportMaterialsController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string ViewPath = "/Features/Passport/Materials.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await db.FindProjectAsync(id, ct) is not { } found)
        {
            return NotFound();
        }

        var form = new MaterialsForm { Version = found.Version, Project = found.Project };
        var sections = await db.ProjectSections.AsNoTracking()
            .Where(s => s.ProjectId == id)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .ToListAsync(ct);
        var lines = await db.BudgetItems.AsNoTracking()
            .Where(b => b.ProjectId == id && b.SectionId != null)
            .OrderBy(b => b.SortOrder).ThenBy(b => b.Id)
            .Include(b => b.Amounts)
            .ToListAsync(ct);
        var grid = form.FinancingGrid().ToList();
        form.Sections = sections.Select(s => new MaterialSectionInput
        {
            Id = s.Id,
            Kind = s.Kind,
            Title = s.Title,
            Body = s.Body,
            TableColumns = MaterialSectionInput.ColumnsText(s.TableColumns),
            TableRows = MaterialSectionInput.RowsText(s.TableRows),
            Lines = lines.Where(b => b.SectionId == s.Id)
                .Select(b => new FinancingLineInput { Id = b.Id, Title = b.Title, BudgetCode = b.BudgetCode, Cells = BudgetCells.Read(b, grid) })
                .ToList(),
        }).ToList();
        return View(ViewPath, form);
    }

    [HttpPost("")]
    [FormLimits(ValueCountLimit = 20000)]
    public async Task<IActionResult> Edit(int id, MaterialsForm form, string? command, CancellationToken ct)
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
                grid.ApplyTo(form.Sections, () => new MaterialSectionInput());
            }
            else if (grid.Target == "line" && grid.Parent(form.Sections) is { } section)
            {
                grid.ApplyTo(section.Lines, () => new FinancingLineInput());
            }

            ModelState.Clear();
            return View(ViewPath, form);
        }

        Check(form);
        if (!ModelState.IsValid)
        {
            return View(ViewPath, form);
        }

        var project = await db.Projects.Include(p => p.Sections).SingleAsync(p => p.Id == id, ct);
        var lines = await db.BudgetItems.Where(b => b.ProjectId == id && b.SectionId != null).Include(b => b.Amounts).ToListAsync(ct);
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        // A new financing section gets its id on the first save; its lines follow in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pending = ApplySections(project, lines, form);
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            return View(ViewPath, form);
        }

        if (pending.Count > 0)
        {
            foreach (var (section, input) in pending)
            {
                ApplyLines(project.Id, section.Id, [], input.Lines, form);
            }

            await db.SaveChangesAsync(ct);
        }

        await transaction.CommitAsync(ct);
        TempData["Message"] = "Дополнительные материалы сохранены.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    private void Check(MaterialsForm form)
    {
        for (var i = 0; i < form.Sections.Count; i++)
        {
            var section = form.Sections[i];
            if (!Enum.IsDefined(section.Kind))
            {
                ModelState.AddModelError($"Sections[{i}].{nameof(section.Kind)}", "Выберите вид раздела.");
            }

            for (var j = 0; j < section.Lines.Count; j++)
            {
                GridErrors.Add(ModelState, $"Sections[{i}].Lines[{j}].", BudgetCells.Check(section.Lines[j].Cells));
            }
        }
    }

    /// <summary>Replaces the sections by the form's; returns the new financing sections whose lines wait for their id.</summary>
    private List<(ProjectSection Section, MaterialSectionInput Input)> ApplySections(Project project, List<BudgetItem> lines, MaterialsForm form)
    {
        var pending = new List<(ProjectSection, MaterialSectionInput)>();
        var kept = new HashSet<ProjectSection>();
        for (var i = 0; i < form.Sections.Count; i++)
        {
            var input = form.Sections[i];
            var section = project.Sections.FirstOrDefault(s => input.Id != 0 && s.Id == input.Id);
            var isNew = section is null;
            if (section is null)
            {
                section = new ProjectSection();
                project.Sections.Add(section);
            }

            kept.Add(section);
            section.SortOrder = i;
            section.Kind = input.Kind;
            section.Title = GridText.Clean(input.Title) ?? "";
            section.Body = GridText.Clean(input.Body);
            if (MaterialSectionInput.ColumnsText(section.TableColumns) != (GridText.Clean(input.TableColumns) ?? ""))
            {
                section.TableColumns = MaterialSectionInput.ParseColumns(input.TableColumns);
            }

            if (MaterialSectionInput.RowsText(section.TableRows) != (GridText.Clean(input.TableRows) ?? ""))
            {
                section.TableRows = MaterialSectionInput.ParseRows(input.TableRows);
            }

            // Only a financing section has lines: choosing another kind drops them.
            var inputLines = input.Kind == SectionKind.Financing ? input.Lines : [];
            if (isNew)
            {
                if (inputLines.Count > 0)
                {
                    pending.Add((section, input));
                }
            }
            else
            {
                ApplyLines(project.Id, section.Id, lines.Where(b => b.SectionId == section.Id).ToList(), inputLines, form);
            }
        }

        foreach (var removed in project.Sections.Where(s => !kept.Contains(s)).ToList())
        {
            db.BudgetItems.RemoveRange(lines.Where(b => b.SectionId == removed.Id));
            db.ProjectSections.Remove(removed);
        }

        return pending;
    }

    private void ApplyLines(int projectId, int sectionId, List<BudgetItem> stored, List<FinancingLineInput> inputs, MaterialsForm form)
    {
        var grid = form.FinancingGrid().ToList();
        var kept = new HashSet<BudgetItem>();
        for (var i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            var item = stored.FirstOrDefault(b => input.Id != 0 && b.Id == input.Id);
            if (item is null)
            {
                item = new BudgetItem { ProjectId = projectId, SectionId = sectionId };
                db.BudgetItems.Add(item);
            }

            kept.Add(item);
            item.SortOrder = i;
            item.Title = GridText.Clean(input.Title);
            item.BudgetCode = GridText.Clean(input.BudgetCode);
            BudgetCells.Apply(db, item, input.Cells, grid);
        }

        db.BudgetItems.RemoveRange(stored.Where(b => !kept.Contains(b)));
    }
}
