using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Approval;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Features.Mail;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Approval;

/// <summary>
/// The passport's way to approval (submit → agree → approve, or return with a comment; a change request after
/// approval) and the closure of stages. Each step is taken only by those who hold its permission on this project;
/// anyone else gets 403 and nothing changes.
/// </summary>
[Route("projects/{id:int}/approval")]
[ProjectAccess(Permissions.ViewProject)]
public sealed class ApprovalController(AppDbContext db, TimeProvider clock, DecisionNotifier notifier) : Controller
{
    private const string ConflictMessage =
        "Паспорт изменился, пока была открыта эта страница. Ничего не сохранено: проверьте паспорт и повторите действие.";

    private const string StageConflictMessage =
        "Этап изменился, пока была открыта эта страница: другое решение по нему уже принято. Ничего не сохранено: проверьте этап и повторите действие.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, int page = 1, CancellationToken ct = default)
    {
        var model = await new ApprovalQueries(db).PageAsync(id, page, CanAsync, null, clock.Today(), ct);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("submit")]
    public Task<IActionResult> Submit(int id, DecisionForm form, CancellationToken ct) => PassportStepAsync(id, DecisionKind.Submitted, form, ct);

    [HttpPost("agree")]
    public Task<IActionResult> Agree(int id, DecisionForm form, CancellationToken ct) => PassportStepAsync(id, DecisionKind.Agreed, form, ct);

    [HttpPost("office-return")]
    public Task<IActionResult> OfficeReturn(int id, DecisionForm form, CancellationToken ct) => PassportStepAsync(id, DecisionKind.ReturnedByOffice, form, ct);

    [HttpPost("approve")]
    public Task<IActionResult> Approve(int id, DecisionForm form, CancellationToken ct) => PassportStepAsync(id, DecisionKind.Approved, form, ct);

    [HttpPost("curator-return")]
    public Task<IActionResult> CuratorReturn(int id, DecisionForm form, CancellationToken ct) => PassportStepAsync(id, DecisionKind.ReturnedByCurator, form, ct);

    [HttpPost("change-request")]
    public Task<IActionResult> ChangeRequest(int id, DecisionForm form, CancellationToken ct) => PassportStepAsync(id, DecisionKind.ChangeRequested, form, ct);

    [HttpPost("stages/{stageId:int}/report")]
    public Task<IActionResult> ReportStage(int id, int stageId, DecisionForm form, CancellationToken ct) => StageStepAsync(id, stageId, DecisionKind.StageReported, form, ct);

    [HttpPost("stages/{stageId:int}/close")]
    public Task<IActionResult> CloseStage(int id, int stageId, DecisionForm form, CancellationToken ct) => StageStepAsync(id, stageId, DecisionKind.StageClosed, form, ct);

    [HttpPost("stages/{stageId:int}/return")]
    public Task<IActionResult> ReturnStage(int id, int stageId, DecisionForm form, CancellationToken ct) => StageStepAsync(id, stageId, DecisionKind.StageReturned, form, ct);

    [HttpPost("stages/{stageId:int}/reopen")]
    public Task<IActionResult> ReopenStage(int id, int stageId, DecisionForm form, CancellationToken ct) => StageStepAsync(id, stageId, DecisionKind.StageReopened, form, ct);

    private async Task<IActionResult> PassportStepAsync(int id, DecisionKind kind, DecisionForm form, CancellationToken ct)
    {
        // The filter let in those who read the project; the step itself has a permission of its own.
        if (!Access.Can(DecisionKinds.Permission(kind)))
        {
            return Forbid();
        }

        var project = await db.Projects.Include(p => p.Signatures).SingleAsync(p => p.Id == id, ct);

        var comment = Clean(form.Comment);
        var outcome = PassportWorkflow.Decide(project.Status, kind, comment);
        if (outcome.Error is { } error)
        {
            return await ShowAsync(id, new FormFailure(kind, null, error, form.Comment), ct);
        }

        // Decided on a page older than the passport: the person did not see what they would sign.
        if (form.Version != project.Version)
        {
            return await ShowAsync(id, new FormFailure(kind, null, ConflictMessage, form.Comment), ct);
        }

        var actor = await WorkflowParties.ActorAsync(db, UserId, ct);
        var (submitter, agreer) = await WorkflowParties.CurrentRoundAsync(db, id, ct);
        var roles = await WorkflowParties.TeamRolesAsync(db, id, actor, ct);
        if (SeparationOfDuties.PassportStep(kind, actor, submitter, agreer, roles) is { } refusal)
        {
            return await ShowAsync(id, new FormFailure(kind, null, refusal, form.Comment), ct);
        }

        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        try
        {
            await notifier.AddAsync(id, kind, null, comment, UserId, ct);
            if (kind == DecisionKind.Approved)
            {
                var approver = await Signers.ForUserAsync(db, UserId, UserName, "Куратор", ct);
                var version = await new PassportApproval(db, clock).ApproveAsync(project, approver, comment, ct);
                TempData["Message"] = $"Паспорт утвержден. Зафиксирована версия {version.Number}.";
            }
            else
            {
                project.Status = outcome.Next!.Value;
                db.ApprovalDecisions.Add(await DecisionAsync(id, kind, comment, null, ct));
                await db.SaveChangesAsync(ct);
                TempData["Message"] = $"{DecisionKinds.Label(kind)}. Статус паспорта: «{StatusLabels.Of(project.Status)}».";
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id, new FormFailure(kind, null, ConflictMessage, form.Comment), ct);
        }

        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<IActionResult> StageStepAsync(int id, int stageId, DecisionKind kind, DecisionForm form, CancellationToken ct)
    {
        var stage = await db.Stages.SingleOrDefaultAsync(s => s.Id == stageId && s.ProjectId == id, ct);
        if (stage is null)
        {
            return NotFound();
        }

        if (!Access.Can(DecisionKinds.Permission(kind)))
        {
            return Forbid();
        }

        var comment = Clean(form.Comment);
        var approvedOnce = await db.ProjectVersions.AnyAsync(v => v.ProjectId == id, ct);
        var outcome = StageWorkflow.Decide(stage.Status, kind, comment, approvedOnce);
        if (outcome.Error is { } error)
        {
            return await ShowAsync(id, new FormFailure(kind, stageId, error, form.Comment), ct);
        }

        if (form.Version != stage.Version)
        {
            return await ShowAsync(id, new FormFailure(kind, stageId, StageConflictMessage, form.Comment), ct);
        }

        var actor = await WorkflowParties.ActorAsync(db, UserId, ct);
        var reporter = await WorkflowParties.StageReporterAsync(db, stageId, ct);
        var roles = await WorkflowParties.TeamRolesAsync(db, id, actor, ct);
        if (SeparationOfDuties.StageStep(kind, actor, reporter, roles) is { } refusal)
        {
            return await ShowAsync(id, new FormFailure(kind, stageId, refusal, form.Comment), ct);
        }

        var now = clock.GetUtcNow();
        stage.Status = outcome.Next!.Value;
        switch (kind)
        {
            case DecisionKind.StageReported:
                stage.ReportedAt = now;
                break;
            case DecisionKind.StageClosed:
                stage.ClosedAt = now;
                break;
            case DecisionKind.StageReturned:
                stage.ReportedAt = null;
                break;
            case DecisionKind.StageReopened:
                stage.ClosedAt = null;
                stage.ReportedAt = null;
                break;
        }

        // The stage row's xmin is the concurrency token: of two curators deciding at once, the second save fails here.
        db.Entry(stage).Property(s => s.Version).OriginalValue = form.Version;
        db.ApprovalDecisions.Add(await DecisionAsync(id, kind, comment, stage, ct));
        await notifier.AddAsync(id, kind, stage.Name, comment, UserId, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ShowAsync(id, new FormFailure(kind, stageId, StageConflictMessage, form.Comment), ct);
        }

        TempData["Message"] = $"Этап «{stage.Name}»: {DecisionKinds.Label(kind).ToLowerInvariant()}.";
        return RedirectToAction(nameof(Index), new { id });
    }

    private async Task<ApprovalDecision> DecisionAsync(int projectId, DecisionKind kind, string? comment, Stage? stage, CancellationToken ct) => new()
    {
        ProjectId = projectId,
        StageId = stage?.Id,
        StageName = stage?.Name,
        Kind = kind,
        At = clock.GetUtcNow(),
        UserId = UserId,
        PersonId = await db.People.Where(p => p.UserId == UserId).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct),
        UserName = UserName,
        Comment = comment,
    };

    private async Task<IActionResult> ShowAsync(int id, FormFailure failure, CancellationToken ct)
    {
        var model = await new ApprovalQueries(db).PageAsync(id, 1, CanAsync, failure, clock.Today(), ct);
        return model is null ? NotFound() : View(nameof(Index), model);
    }

    private ProjectAccess Access => ProjectAccess.From(HttpContext);

    private Task<bool> CanAsync(string permission) => Task.FromResult(Access.Can(permission));

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private string UserName => User.DisplayName();

    private static string? Clean(string? comment) => string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
}
