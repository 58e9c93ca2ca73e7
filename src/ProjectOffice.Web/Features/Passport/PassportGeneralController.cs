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
[Route("projects/{id:int}/edit")]
public sealed class PassportGeneralController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public IActionResult Edit(int id) => Redirect(PassportSections.Url(id, PassportSections.General));

    [HttpGet(PassportSections.General)]
    public async Task<IActionResult> General(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return project is null ? NotFound() : await Page(id, GeneralForm.From(project), ct);
    }

    [HttpPost(PassportSections.General)]
    public async Task<IActionResult> General(int id, [Bind(Prefix = nameof(GeneralPage.Form))] GeneralForm form, CancellationToken ct)
    {
        var project = await db.Projects.Include(p => p.Stages).SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return await Page(id, form, ct);
        }

        var (start, end) = (DateFields.Value(form.Start), DateFields.Value(form.End));
        if (StageRules.FirstOutside(project.Stages, start, end) is { } stage)
        {
            var field = stage.StartDate < start ? nameof(form.Start) : nameof(form.End);
            ModelState.AddModelError($"{nameof(GeneralPage.Form)}.{field}", StageRules.PeriodLeavesStageOutside(stage));
            return await Page(id, form, ct);
        }

        form.ApplyTo(project);
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            form.Version = await db.CurrentVersionAsync(id, ct);
            ModelState.Remove($"{nameof(GeneralPage.Form)}.{nameof(form.Version)}");
            return await Page(id, form, ct);
        }

        TempData["Message"] = "Общие сведения сохранены.";
        return Redirect(PassportSections.Url(id, PassportSections.General));
    }

    private async Task<IActionResult> Page(int id, GeneralForm form, CancellationToken ct)
    {
        var heading = await db.HeadingAsync(id, PassportSections.General, ct);
        return heading is null ? NotFound() : View("General", new GeneralPage { Heading = heading, Form = form });
    }
}
