using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Forms.Reports;
using ProjectOffice.Web.Features.Forms;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Reports;

/// <summary>
/// Monitoring reports of a project by period: prepared from the data, completed by the leader, agreed by the curator,
/// accepted by the office (then frozen and reprinted from the snapshot); a correction opens the next revision.
/// </summary>
[Route("projects/{id:int}/reports")]
[ProjectAccess(Permissions.ViewProject)]
public sealed class ReportsController(
    AppDbContext db, TimeProvider clock, IOptions<ReportingOptions> options, ReportPages pages,
    ReportPrinting printing, ChromiumPrinter printer, ILogger<ReportsController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? period, CancellationToken ct)
    {
        var project = (await pages.ProjectAsync(id, ct))!;

        string? error = null;
        if (period is not null)
        {
            var parsed = ReportingPeriod.Parse(period);
            error = parsed is null
                ? "Укажите период как 2021-03 (месяц), 2021-Q1 (квартал) или 2021 (год)."
                : ReportRules.PeriodProblem(parsed, project.StartDate, project.EndDate);
            if (error is null)
            {
                return Redirect($"/projects/{id}/reports/{parsed!.Code}");
            }
        }

        var stored = await db.ProjectReports.AsNoTracking().Where(r => r.ProjectId == id)
            .Select(r => new { r.Period, r.Revision, r.Status }).ToListAsync(ct);
        var latest = stored.GroupBy(r => r.Period, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Revision).First(), StringComparer.Ordinal);
        var settings = options.Value;
        var periods = new List<ReportingPeriod>();
        var last = ReportingPeriod.Reported(settings.Periodicity, clock.Today());
        for (var p = last; p.End >= project.StartDate && periods.Count < 36; p = p.Previous())
        {
            if (p.Start <= project.EndDate)
            {
                periods.Add(p);
            }
        }

        // Periods of another kind filed (a quarter when the office reports monthly) are listed too.
        periods.AddRange(latest.Keys.Select(ReportingPeriod.Parse).OfType<ReportingPeriod>().Where(p => !periods.Contains(p)));
        var rows = periods.OrderByDescending(p => p.End).ThenBy(p => p.Kind)
            .Select(p => latest.TryGetValue(p.Code, out var r)
                ? new ReportListRow(p.Code, p.Label, p.DueDate(settings.DueWorkingDay), ReportWorkflow.StatusLabel(r.Status), r.Revision)
                : new ReportListRow(p.Code, p.Label, p.DueDate(settings.DueWorkingDay), "Не представлен", null))
            .ToList();
        return View(new ReportListModel { ProjectId = id, ProjectName = project.Name, Rows = rows, Period = period, PeriodError = error });
    }

    [HttpGet("{period}")]
    public async Task<IActionResult> Show(int id, string period, int? revision, CancellationToken ct)
    {
        var (failure, project, parsed) = await pages.OpenAsync(this, id, period, Permissions.ViewProject, ct);
        if (failure is not null)
        {
            return failure;
        }

        var report = await pages.ReportAsync(id, parsed!.Code, revision, tracking: false, ct);
        if (revision is not null && report is null)
        {
            return NotFound();
        }

        return View(await pages.PageAsync(HttpContext, project!, parsed, report, null, null, ct));
    }

    /// <summary>Saves the leader's entries into the draft (creating it on the first save) and, with Submit, hands it to the curator.</summary>
    [HttpPost("{period}")]
    [ProjectAccess(Permissions.EditReport)]
    public async Task<IActionResult> Save(int id, string period, ReportEditForm form, CancellationToken ct)
    {
        var (failure, project, parsed) = await pages.OpenAsync(this, id, period, Permissions.EditReport, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (form.Submit && !ProjectAccess.From(HttpContext).Can(Permissions.SubmitReport))
        {
            return Forbid();
        }

        var report = await pages.ReportAsync(id, parsed!.Code, null, tracking: true, ct);
        if (report is not null && !ReportWorkflow.IsEditable(report.Status))
        {
            return Frozen(id, parsed, report.Status);
        }

        var content = form.ToContent(ModelState);
        var now = clock.GetUtcNow();
        var isNew = report is null;
        report ??= new ProjectReport { ProjectId = id, Period = parsed.Code, Revision = 1 };
        if (!ModelState.IsValid)
        {
            return View(nameof(Show), await pages.PageAsync(HttpContext, project!, parsed, isNew ? null : report, form, null, ct));
        }

        report.Content = content;
        report.UpdatedAt = now;
        if (isNew)
        {
            db.ProjectReports.Add(report);
        }
        else
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = form.Version;
        }

        if (form.Submit)
        {
            var document = await pages.DocumentAsync(id, parsed, report, ct);
            foreach (var (row, index) in document.Events.Select((row, index) => (row, index)).Where(x => x.row.IsLate))
            {
                var (explanation, measures) = ReportRules.LateEventProblems(row.Explanation, row.Measures);
                var at = form.Events.FindIndex(e => e.ControlEventId == row.ControlEventId);
                var key = at < 0 ? $"Events[{index}]" : $"Events[{at}]";
                foreach (var (field, problem) in new[] { ("Explanation", explanation), ("Measures", measures) }.Where(e => e.Item2 is not null))
                {
                    ModelState.AddModelError($"{key}.{field}", problem!);
                }
            }

            if (!ModelState.IsValid)
            {
                ModelState.AddModelError("", "Отчет не представлен: для каждого просроченного события укажите причину и корректирующие меры.");
                return View(nameof(Show), await pages.PageAsync(HttpContext, project!, parsed, isNew ? null : report, form, null, ct));
            }

            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
            var outcome = ReportWorkflow.Decide(report, ReportStep.Submit, null, userId);
            if (outcome.Error is { } error)
            {
                ModelState.AddModelError("", error);
                return View(nameof(Show), await pages.PageAsync(HttpContext, project!, parsed, isNew ? null : report, form, null, ct));
            }

            ReportWorkflow.Record(report, ReportStep.Submit, outcome.Next!.Value, null, userId, User.DisplayName(), now, clock.Today());
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A stale Version, or another person creating the same period's report first (unique index).
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", ReportPages.ConflictMessage);
            var current = await pages.ReportAsync(id, parsed.Code, null, tracking: false, ct);
            return View(nameof(Show), await pages.PageAsync(HttpContext, project!, parsed, current, form, null, ct));
        }

        TempData["Message"] = form.Submit ? "Отчет представлен куратору на согласование." : "Отчет сохранен.";
        return Redirect($"/projects/{id}/reports/{parsed.Code}");
    }

    /// <summary>«Отчет о ходе реализации проекта»: …/forms/report (preview), report.pdf, report.xlsx; ?revision=N for an earlier revision.</summary>
    [HttpGet("{period}/forms/{file}")]
    public async Task<IActionResult> Form(int id, string period, string file, int? revision, CancellationToken ct)
    {
        var format = file switch { "report" => "", "report.pdf" => "pdf", "report.xlsx" => "xlsx", _ => null };
        if (format is null)
        {
            return NotFound();
        }

        var (failure, _, parsed) = await pages.OpenAsync(this, id, period, Permissions.ViewProject, ct);
        if (failure is not null)
        {
            return failure;
        }

        var report = await pages.ReportAsync(id, parsed!.Code, revision, tracking: false, ct);
        if (revision is not null && report is null)
        {
            return NotFound();
        }

        var data = await pages.DocumentAsync(id, parsed, report, ct);
        var query = revision is { } number ? $"?revision={number}" : "";
        var baseUrl = $"/projects/{id}/reports/{parsed.Code}/forms/report";
        var preview = new PrintPreview($"{baseUrl}.pdf{query}", $"{baseUrl}.xlsx{query}", $"/projects/{id}/reports/{parsed.Code}{query}");
        return await this.AnswerAsync(printing.Document(data), format.Length == 0 ? null : format, preview, printer, logger, clock.Today(), ct);
    }

    private IActionResult Frozen(int id, ReportingPeriod period, ReportStatus status) => Refusal.Of(
        this,
        status == ReportStatus.Accepted
            ? "Отчет принят и зафиксирован: изменить его нельзя. Чтобы внести исправление, откройте новую редакцию («Исправить принятый отчет»)."
            : $"Отчет в статусе «{ReportWorkflow.StatusLabel(status)}»: изменить его нельзя, пока его не вернут на доработку.",
        $"/projects/{id}/reports/{period.Code}",
        "К отчету");
}
