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
[Route("projects/{id:int}/edit/" + PassportSections.Stages)]
public sealed class PassportStagesController(AppDbContext db, TimeProvider clock) : Controller
{
    private const string Prefix = nameof(StagesPage.Form);

    [HttpGet("")]
    public async Task<IActionResult> Stages(int id, CancellationToken ct)
    {
        var form = await db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new StagesForm
            {
                Version = p.Version,
                Rows = p.Stages.OrderBy(s => s.SortOrder)
                    .Select(s => new StageRow { Id = s.Id, Name = s.Name, Start = DateInput.Format(s.StartDate), End = DateInput.Format(s.EndDate) })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        return form is null ? NotFound() : await Page(id, form, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Stages(int id, [Bind(Prefix = Prefix)] StagesForm form, string? command, CancellationToken ct)
    {
        var project = await db.Projects.Include(p => p.Stages).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }

        var action = RowCommand.Parse(command);
        if (!action.IsSave)
        {
            action.ApplyTo(form.Rows);
            ModelState.Clear();
            return await Page(id, form, ct);
        }

        for (var i = 0; i < form.Rows.Count; i++)
        {
            var row = form.Rows[i];
            if (DateInput.TryParse(row.Start, out var start, out _) && DateInput.TryParse(row.End, out var end, out _)
                && StageRules.OutsidePeriod(start, end, project.StartDate, project.EndDate) is { } outside)
            {
                var field = start < project.StartDate ? nameof(row.Start) : nameof(row.End);
                ModelState.AddModelError($"{Prefix}.{nameof(form.Rows)}[{i}].{field}", outside);
            }
        }

        var removed = CollectionSync.Removed(project.Stages.Select(s => s.Id), form.Rows.Select(r => r.Id));
        var funded = await db.BudgetItems
            .Where(b => b.ProjectId == id && b.StageId != null && removed.Contains(b.StageId.Value) && b.Amounts.Any(a => a.Value != null))
            .Select(b => b.Stage!.Name)
            .FirstOrDefaultAsync(ct);
        if (funded is not null)
        {
            ModelState.AddModelError("", $"Этап «{funded}» нельзя удалить: в бюджете у него есть суммы. Сначала уберите их на странице «Бюджет».");
        }

        var planned = await db.Stages
            .Where(s => removed.Contains(s.Id) && db.PlanItems.Any(i => i.StageId == s.Id))
            .Select(s => s.Name)
            .FirstOrDefaultAsync(ct);
        if (planned is not null)
        {
            ModelState.AddModelError("", $"Этап «{planned}» нельзя удалить: в плане мероприятий есть его раздел. Сначала перенесите или удалите мероприятия этапа.");
        }

        if (!ModelState.IsValid)
        {
            return await Page(id, form, ct);
        }

        CollectionSync.Replace(
            project.Stages, form.Rows, s => s.Id, r => r.Id,
            add: () =>
            {
                var stage = new Stage();
                project.Stages.Add(stage);
                return stage;
            },
            apply: (stage, row, index) =>
            {
                stage.Name = FormText.Required(row.Name);
                stage.StartDate = DateFields.Value(row.Start);
                stage.EndDate = DateFields.Value(row.End);
                stage.SortOrder = index;
            },
            remove: stage => db.Stages.Remove(stage));
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            form.Version = await db.CurrentVersionAsync(id, ct);
            ModelState.Remove($"{Prefix}.{nameof(form.Version)}");
            return await Page(id, form, ct);
        }

        TempData["Message"] = "Этапы сохранены.";
        return Redirect(PassportSections.Url(id, PassportSections.Stages));
    }

    private async Task<IActionResult> Page(int id, StagesForm form, CancellationToken ct)
    {
        var heading = await db.HeadingAsync(id, PassportSections.Stages, ct);
        var period = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.StartDate, p.EndDate }).SingleOrDefaultAsync(ct);
        return heading is null || period is null
            ? NotFound()
            : View("Stages", new StagesPage
            {
                Heading = heading,
                Period = $"{DateInput.Format(period.StartDate)} – {DateInput.Format(period.EndDate)}",
                Form = form,
            });
    }
}
