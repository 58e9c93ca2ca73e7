using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Data.Journal;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Risks;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Risks;

/// <summary>
/// The risk and problem register of a project: the page (the same read model the printed register renders), adding and
/// editing risks with their measures and status, problems, and the first register made from item 22 of the passport.
/// </summary>
[Route("projects/{id:int}")]
public sealed class RisksController(
    AppDbContext db, TimeProvider clock, IOptions<RiskMatrix> matrix, IJournalUser journalUser) : Controller
{
    public const string ConflictMessage =
        "Запись реестра изменил другой пользователь, пока вы работали. Ваши изменения не сохранены, но остались в форме: " +
        "откройте реестр в новой вкладке, сверьте и сохраните ещё раз.";

    private const string MessageKey = "RiskMessage";

    [HttpGet("risks")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Index(int id, ProjectAccess access, CancellationToken ct)
    {
        var data = (await RiskRegisterQuery.LoadAsync(db, id, null, matrix.Value, clock.Today(), ct))!;
        return View(new RiskRegisterPage
        {
            Data = data,
            CanEdit = access.Can(Permissions.EditRisks),
            PassportLines = await PassportLinesAsync(id, ct),
            Message = TempData[MessageKey] as string,
        });
    }

    /// <summary>«Создать реестр из паспорта»: one risk per line of item 22, only while the register is empty.</summary>
    [HttpPost("risks/from-passport")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> FromPassport(int id, CancellationToken ct)
    {
        var added = await RiskRegisterSeeding.FromPassportAsync(db, id, clock.GetUtcNow(), journalUser.Current.Name, ct);
        TempData[MessageKey] = added == 0
            ? "Реестр уже ведётся или в паспорте (п. 22) нет рисков: ничего не добавлено."
            : string.Create(CultureInfo.InvariantCulture, $"Из паспорта перенесено рисков: {added}. Оцените их и назначьте даты пересмотра.");
        return Redirect($"/projects/{id}/risks");
    }

    [HttpGet("risks/new")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> NewRisk(int id, CancellationToken ct)
    {
        return View("EditRisk", await RiskPageAsync(id, new RiskForm { Measures = [new(), new()] }, 0, null, ct));
    }

    [HttpPost("risks/new")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> NewRisk(int id, [Bind(Prefix = "Form")] RiskForm form, CancellationToken ct)
    {
        var page = await RiskPageAsync(id, form, 0, null, ct);
        RiskChecks.Check(form, page.Project, page.Choices, matrix.Value, ModelState);
        if (!ModelState.IsValid)
        {
            return View("EditRisk", page);
        }

        var order = await db.Risks.Where(r => r.ProjectId == id).MaxAsync(r => (int?)r.SortOrder, ct) ?? -1;
        var risk = new Risk { ProjectId = id, SortOrder = order + 1, Status = form.Status };
        form.ApplyTo(risk);
        risk.Measures = RiskChecks.Measures(form);
        risk.History.Add(Step(null, form.Status, form.StatusComment));
        db.Risks.Add(risk);
        await db.SaveChangesAsync(ct);
        return await AfterStatusAsync(id, risk, ct);
    }

    [HttpGet("risks/{riskId:int}/edit")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> EditRisk(int id, int riskId, CancellationToken ct)
    {
        var risk = await db.Risks.AsNoTracking().Include(r => r.Measures).SingleOrDefaultAsync(r => r.Id == riskId && r.ProjectId == id, ct);
        if (risk is null)
        {
            return NotFound();
        }

        return View(await RiskPageAsync(id, RiskForm.From(risk), riskId, risk.PassportText, ct));
    }

    [HttpPost("risks/{riskId:int}/edit")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> EditRisk(int id, int riskId, [Bind(Prefix = "Form")] RiskForm form, CancellationToken ct)
    {
        var risk = await db.Risks.AsSplitQuery().Include(r => r.Measures).SingleOrDefaultAsync(r => r.Id == riskId && r.ProjectId == id, ct);
        if (risk is null)
        {
            return NotFound();
        }

        var page = await RiskPageAsync(id, form, riskId, risk.PassportText, ct);
        RiskChecks.Check(form, page.Project, page.Choices, matrix.Value, ModelState);
        if (form.Status != risk.Status && !RiskRules.CanMove(risk.Status, form.Status))
        {
            ModelState.AddModelError("Form." + nameof(form.Status),
                $"Риск в статусе «{RiskLabels.Status(risk.Status)}» нельзя перевести в статус «{RiskLabels.Status(form.Status)}».");
        }

        if (!ModelState.IsValid)
        {
            return View(page);
        }

        ExpectVersion(risk, form.Version);
        form.ApplyTo(risk);
        var measures = RiskChecks.Measures(form);
        if (!measures.Select(m => (m.Text, m.PlanItemId, m.ControlEventId))
                .SequenceEqual(risk.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(m => (m.Text, m.PlanItemId, m.ControlEventId))))
        {
            db.RiskMeasures.RemoveRange(risk.Measures);
            risk.Measures = measures;
        }

        var moved = form.Status != risk.Status;
        if (moved)
        {
            db.RiskStatusChanges.Add(Step(risk.Status, form.Status, form.StatusComment, risk.Id));
            risk.Status = form.Status;
        }

        if (!await db.TrySaveAsync(ModelState, ConflictMessage, ct))
        {
            return View(page);
        }

        return moved ? await AfterStatusAsync(id, risk, ct) : Redirect($"/projects/{id}/risks#risk-{risk.Id}");
    }

    [HttpGet("problems/new")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> NewProblem(int id, CancellationToken ct)
    {
        return View("EditProblem", await ProblemPageAsync(id, new ProblemForm(), 0, ct));
    }

    [HttpPost("problems/new")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> NewProblem(int id, [Bind(Prefix = "Form")] ProblemForm form, CancellationToken ct)
    {
        var page = await ProblemPageAsync(id, form, 0, ct);
        RiskChecks.Check(form, page.Choices, ModelState);
        if (!ModelState.IsValid)
        {
            return View("EditProblem", page);
        }

        var order = await db.ProjectProblems.Where(p => p.ProjectId == id).MaxAsync(p => (int?)p.SortOrder, ct) ?? -1;
        var problem = new ProjectProblem { ProjectId = id, SortOrder = order + 1 };
        form.ApplyTo(problem, clock.Today());
        db.ProjectProblems.Add(problem);
        await db.SaveChangesAsync(ct);
        return Redirect($"/projects/{id}/risks#problem-{problem.Id}");
    }

    [HttpGet("problems/{problemId:int}/edit")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> EditProblem(int id, int problemId, CancellationToken ct)
    {
        var problem = await db.ProjectProblems.AsNoTracking().SingleOrDefaultAsync(p => p.Id == problemId && p.ProjectId == id, ct);
        if (problem is null)
        {
            return NotFound();
        }

        return View(await ProblemPageAsync(id, ProblemForm.From(problem), problemId, ct));
    }

    [HttpPost("problems/{problemId:int}/edit")]
    [ProjectAccess(Permissions.EditRisks)]
    public async Task<IActionResult> EditProblem(int id, int problemId, [Bind(Prefix = "Form")] ProblemForm form, CancellationToken ct)
    {
        var problem = await db.ProjectProblems.SingleOrDefaultAsync(p => p.Id == problemId && p.ProjectId == id, ct);
        if (problem is null)
        {
            return NotFound();
        }

        var page = await ProblemPageAsync(id, form, problemId, ct);
        RiskChecks.Check(form, page.Choices, ModelState);
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        ExpectVersion(problem, form.Version);
        form.ApplyTo(problem, clock.Today());
        if (!await db.TrySaveAsync(ModelState, ConflictMessage, ct))
        {
            return View(page);
        }

        return Redirect($"/projects/{id}/risks#problem-{problem.Id}");
    }

    /// <summary>A risk that happened becomes a problem (once): the leader is taken to it to write the decision and the deadline.</summary>
    private async Task<IActionResult> AfterStatusAsync(int id, Risk risk, CancellationToken ct)
    {
        if (risk.Status != RiskStatus.Occurred)
        {
            return Redirect($"/projects/{id}/risks#risk-{risk.Id}");
        }

        var problem = await db.ProjectProblems.FirstOrDefaultAsync(p => p.RiskId == risk.Id, ct);
        if (problem is null)
        {
            var order = await db.ProjectProblems.Where(p => p.ProjectId == id).MaxAsync(p => (int?)p.SortOrder, ct) ?? -1;
            problem = new ProjectProblem
            {
                ProjectId = id, RiskId = risk.Id, Title = risk.Title, Description = risk.Consequence,
                ResponsiblePersonId = risk.OwnerPersonId, SortOrder = order + 1,
            };
            db.ProjectProblems.Add(problem);
            await db.SaveChangesAsync(ct);
        }

        TempData[MessageKey] = "Риск реализовался и стал проблемой: запишите решение, ответственного и срок.";
        return Redirect($"/projects/{id}/problems/{problem.Id}/edit");
    }

    /// <summary>
    /// The row as the editor saw it: its xmin is checked on save, and the row is always written (SortOrder marked) so
    /// that a change of its measures alone still meets someone else's newer save.
    /// </summary>
    private void ExpectVersion<T>(T entity, uint seen) where T : class
    {
        var entry = db.Entry(entity);
        entry.Property("Version").OriginalValue = seen;
        entry.Property("SortOrder").IsModified = true;
    }

    private RiskStatusChange Step(RiskStatus? from, RiskStatus to, string? comment, int riskId = 0) => new()
    {
        RiskId = riskId,
        At = clock.GetUtcNow(),
        From = from,
        To = to,
        UserName = journalUser.Current.Name,
        Comment = Clean(comment),
    };

    private async Task<RiskPage> RiskPageAsync(int id, RiskForm form, int riskId, string? passportText, CancellationToken ct) => new()
    {
        Project = (await ProjectHeader.LoadAsync(db, id, ct))!,
        Form = form,
        RiskId = riskId,
        Choices = await RiskChoices.LoadAsync(db, id, ct),
        Scale = matrix.Value.Scale,
        PassportText = passportText,
    };

    private async Task<ProblemPage> ProblemPageAsync(int id, ProblemForm form, int problemId, CancellationToken ct) => new()
    {
        Project = (await ProjectHeader.LoadAsync(db, id, ct))!,
        Form = form,
        ProblemId = problemId,
        Choices = await RiskChoices.LoadAsync(db, id, ct),
    };

    private Task<int> PassportLinesAsync(int id, CancellationToken ct) =>
        db.ProjectListItems.CountAsync(i => i.ProjectId == id && (i.Kind == ListItemKind.ExternalRisk || i.Kind == ListItemKind.InternalRisk), ct);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
