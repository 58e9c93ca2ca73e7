using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Forms.Reports;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Reports;

/// <summary>
/// Decisions on a submitted report: the curator agrees or returns it, the office accepts (freezing a snapshot) or
/// returns it, and an accepted report is corrected by opening its next revision. Each decision carries the version it
/// was taken on; nobody decides on a report they submitted or agreed (<see cref="ReportWorkflow.Decide"/>).
/// </summary>
[Route("projects/{id:int}/reports/{period}")]
[ProjectAccess(Permissions.ViewProject)]
public sealed class ReportDecisionsController(AppDbContext db, TimeProvider clock, ReportPages pages) : Controller
{
    private const string ShowView = "/Features/Reports/Show.cshtml";

    [HttpPost("curator-return")]
    public Task<IActionResult> CuratorReturn(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.CuratorReturn, form, ct);

    [HttpPost("agree")]
    public Task<IActionResult> Agree(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.Agree, form, ct);

    [HttpPost("office-return")]
    public Task<IActionResult> OfficeReturn(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.OfficeReturn, form, ct);

    [HttpPost("accept")]
    public Task<IActionResult> Accept(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.Accept, form, ct);

    [HttpPost("correct")]
    public Task<IActionResult> Correct(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.Correct, form, ct);

    private async Task<IActionResult> StepAsync(int id, string period, ReportStep step, ReportDecisionForm form, CancellationToken ct)
    {
        var (failure, project, parsed) = await pages.OpenAsync(this, id, period, ReportWorkflow.Permission(step), ct);
        if (failure is not null)
        {
            return failure;
        }

        var report = await pages.ReportAsync(id, parsed!.Code, null, tracking: true, ct);
        if (report is null)
        {
            return NotFound();
        }

        var comment = string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment.Trim();
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var outcome = ReportWorkflow.Decide(report, step, comment, userId);
        var stale = report.Version != form.Version;
        if (outcome.Error is not null || stale)
        {
            db.ChangeTracker.Clear();
            return View(ShowView, await pages.PageAsync(HttpContext, project!, parsed, report, null, (step, stale ? ReportPages.ConflictMessage : outcome.Error!, form.Comment), ct));
        }

        var (now, today, userName) = (clock.GetUtcNow(), clock.Today(), User.DisplayName());
        if (step == ReportStep.Correct)
        {
            // The accepted revision stays as accepted; the correction is the next revision, a draft with the same entries.
            var next = new ProjectReport
            {
                ProjectId = id,
                Period = report.Period,
                Revision = report.Revision + 1,
                Content = JsonSerializer.Deserialize<ReportContent>(JsonSerializer.Serialize(report.Content))!,
                UpdatedAt = now,
            };
            ReportWorkflow.Record(next, step, ReportStatus.Draft, comment, userId, userName, now, today);
            db.ProjectReports.Add(next);
        }
        else
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = form.Version;
            ReportWorkflow.Record(report, step, outcome.Next!.Value, comment, userId, userName, now, today);
            if (step == ReportStep.Accept)
            {
                report.Snapshot = ReportQuery.Freeze(await pages.DocumentAsync(id, parsed, report, ct));
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var current = await pages.ReportAsync(id, parsed.Code, null, tracking: false, ct);
            return View(ShowView, await pages.PageAsync(HttpContext, project!, parsed, current, null, (step, ReportPages.ConflictMessage, form.Comment), ct));
        }

        TempData["Message"] = $"{ReportWorkflow.StepLabel(step)}: выполнено.";
        return Redirect($"/projects/{id}/reports/{parsed.Code}");
    }
}
