using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;
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
    AppDbContext db, TimeProvider clock, IOptions<ReportingOptions> options, IOptions<RiskMatrix> riskMatrix,
    ReportPrinting printing, ChromiumPrinter printer, ILogger<ReportsController> logger) : Controller
{
    private const string ConflictMessage =
        "Отчет изменился, пока была открыта эта страница. Ничего не сохранено: обновите страницу и повторите действие.";

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? period, CancellationToken ct)
    {
        var project = (await ProjectAsync(id, ct))!;

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
        var (failure, project, parsed) = await OpenAsync(id, period, Permissions.ViewProject, ct);
        if (failure is not null)
        {
            return failure;
        }

        var report = await ReportAsync(id, parsed!.Code, revision, tracking: false, ct);
        if (revision is not null && report is null)
        {
            return NotFound();
        }

        return View(await PageAsync(project!, parsed, report, null, null, ct));
    }

    /// <summary>Saves the leader's entries into the draft (creating it on the first save) and, with Submit, hands it to the curator.</summary>
    [HttpPost("{period}")]
    [ProjectAccess(Permissions.EditReport)]
    public async Task<IActionResult> Save(int id, string period, ReportEditForm form, CancellationToken ct)
    {
        var (failure, project, parsed) = await OpenAsync(id, period, Permissions.EditReport, ct);
        if (failure is not null)
        {
            return failure;
        }

        if (form.Submit && !Can(Permissions.SubmitReport))
        {
            return Forbid();
        }

        var report = await ReportAsync(id, parsed!.Code, null, tracking: true, ct);
        if (report is not null && !ReportWorkflow.IsEditable(report.Status))
        {
            return Frozen(id, parsed, report.Status);
        }

        var content = Validate(form);
        var now = clock.GetUtcNow();
        var isNew = report is null;
        report ??= new ProjectReport { ProjectId = id, Period = parsed.Code, Revision = 1 };
        if (!ModelState.IsValid)
        {
            return View(nameof(Show), await PageAsync(project!, parsed, isNew ? null : report, form, null, ct));
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
            var document = await ReportQuery.LoadAsync(db, id, parsed, report, options.Value, riskMatrix.Value, clock.Today(), ct);
            foreach (var (row, index) in document!.Events.Select((row, index) => (row, index)).Where(x => x.row.IsLate))
            {
                var (explanation, measures) = ReportRules.LateEventProblems(row.Explanation, row.Measures);
                var at = form.Events.FindIndex(e => e.ControlEventId == row.ControlEventId);
                var key = at < 0 ? $"Events[{index}]" : $"Events[{at}]";
                AddError($"{key}.Explanation", explanation);
                AddError($"{key}.Measures", measures);
            }

            if (!ModelState.IsValid)
            {
                ModelState.AddModelError("", "Отчет не представлен: для каждого просроченного события укажите причину и корректирующие меры.");
                return View(nameof(Show), await PageAsync(project!, parsed, isNew ? null : report, form, null, ct));
            }

            var outcome = ReportWorkflow.Decide(report, ReportStep.Submit, null, UserId);
            if (outcome.Error is { } error)
            {
                ModelState.AddModelError("", error);
                return View(nameof(Show), await PageAsync(project!, parsed, isNew ? null : report, form, null, ct));
            }

            Apply(report, ReportStep.Submit, outcome.Next!.Value, null);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A stale Version, or another person creating the same period's report first (unique index).
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", ConflictMessage);
            var current = await ReportAsync(id, parsed.Code, null, tracking: false, ct);
            return View(nameof(Show), await PageAsync(project!, parsed, current, form, null, ct));
        }

        TempData["Message"] = form.Submit ? "Отчет представлен куратору на согласование." : "Отчет сохранен.";
        return Redirect($"/projects/{id}/reports/{parsed.Code}");
    }

    [HttpPost("{period}/curator-return")]
    public Task<IActionResult> CuratorReturn(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.CuratorReturn, form, ct);

    [HttpPost("{period}/agree")]
    public Task<IActionResult> Agree(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.Agree, form, ct);

    [HttpPost("{period}/office-return")]
    public Task<IActionResult> OfficeReturn(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.OfficeReturn, form, ct);

    [HttpPost("{period}/accept")]
    public Task<IActionResult> Accept(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.Accept, form, ct);

    [HttpPost("{period}/correct")]
    public Task<IActionResult> Correct(int id, string period, ReportDecisionForm form, CancellationToken ct) => StepAsync(id, period, ReportStep.Correct, form, ct);

    /// <summary>«Отчет о ходе реализации проекта»: …/forms/report (preview), report.pdf, report.xlsx; ?revision=N for an earlier revision.</summary>
    [HttpGet("{period}/forms/{file}")]
    public async Task<IActionResult> Form(int id, string period, string file, int? revision, CancellationToken ct)
    {
        var format = file switch { "report" => "", "report.pdf" => "pdf", "report.xlsx" => "xlsx", _ => null };
        if (format is null)
        {
            return NotFound();
        }

        var (failure, _, parsed) = await OpenAsync(id, period, Permissions.ViewProject, ct);
        if (failure is not null)
        {
            return failure;
        }

        var report = await ReportAsync(id, parsed!.Code, revision, tracking: false, ct);
        if (revision is not null && report is null)
        {
            return NotFound();
        }

        var data = await ReportQuery.LoadAsync(db, id, parsed, report, options.Value, riskMatrix.Value, clock.Today(), ct);
        var query = revision is { } number ? $"?revision={number}" : "";
        var baseUrl = $"/projects/{id}/reports/{parsed.Code}/forms/report";
        var preview = new PrintPreview($"{baseUrl}.pdf{query}", $"{baseUrl}.xlsx{query}", $"/projects/{id}/reports/{parsed.Code}{query}");
        return await this.AnswerAsync(printing.Document(data!), format.Length == 0 ? null : format, preview, printer, logger, clock.Today(), ct);
    }

    private async Task<IActionResult> StepAsync(int id, string period, ReportStep step, ReportDecisionForm form, CancellationToken ct)
    {
        var (failure, project, parsed) = await OpenAsync(id, period, ReportWorkflow.Permission(step), ct);
        if (failure is not null)
        {
            return failure;
        }

        var report = await ReportAsync(id, parsed!.Code, null, tracking: true, ct);
        if (report is null)
        {
            return NotFound();
        }

        var comment = string.IsNullOrWhiteSpace(form.Comment) ? null : form.Comment.Trim();
        var outcome = ReportWorkflow.Decide(report, step, comment, UserId);
        var stale = report.Version != form.Version;
        if (outcome.Error is not null || stale)
        {
            db.ChangeTracker.Clear();
            return View(nameof(Show), await PageAsync(project!, parsed, report, null, (step, stale ? ConflictMessage : outcome.Error!, form.Comment), ct));
        }

        if (step == ReportStep.Correct)
        {
            // The accepted revision stays as accepted; the correction is the next revision, a draft with the same entries.
            var next = new ProjectReport
            {
                ProjectId = id,
                Period = report.Period,
                Revision = report.Revision + 1,
                Content = JsonSerializer.Deserialize<ReportContent>(JsonSerializer.Serialize(report.Content))!,
                UpdatedAt = clock.GetUtcNow(),
            };
            Apply(next, step, ReportStatus.Draft, comment);
            db.ProjectReports.Add(next);
        }
        else
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = form.Version;
            Apply(report, step, outcome.Next!.Value, comment);
            if (step == ReportStep.Accept)
            {
                var document = await ReportQuery.LoadAsync(db, id, parsed, report, options.Value, riskMatrix.Value, clock.Today(), ct);
                report.Snapshot = ReportQuery.Freeze(document!);
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var current = await ReportAsync(id, parsed.Code, null, tracking: false, ct);
            return View(nameof(Show), await PageAsync(project!, parsed, current, null, (step, ConflictMessage, form.Comment), ct));
        }

        TempData["Message"] = $"{ReportWorkflow.StepLabel(step)}: выполнено.";
        return Redirect($"/projects/{id}/reports/{parsed.Code}");
    }

    private void Apply(ProjectReport report, ReportStep step, ReportStatus next, string? comment)
    {
        var today = clock.Today();
        report.Status = next;
        report.UpdatedAt = clock.GetUtcNow();
        switch (step)
        {
            case ReportStep.Submit:
                (report.SubmittedByUserId, report.SubmittedByName, report.SubmittedOn) = (UserId, UserName, today);
                break;
            case ReportStep.Agree:
                (report.AgreedByUserId, report.AgreedByName, report.AgreedOn) = (UserId, UserName, today);
                break;
            case ReportStep.Accept:
                (report.AcceptedByUserId, report.AcceptedByName, report.AcceptedOn) = (UserId, UserName, today);
                break;
            case ReportStep.CuratorReturn or ReportStep.OfficeReturn:
                (report.SubmittedByUserId, report.SubmittedByName, report.SubmittedOn) = (null, null, null);
                (report.AgreedByUserId, report.AgreedByName, report.AgreedOn) = (null, null, null);
                break;
        }

        report.History = [.. report.History, new ReportDecisionRecord { Step = step, At = clock.GetUtcNow(), UserId = UserId, UserName = UserName, Comment = comment }];
    }

    /// <summary>Reads what was typed, keeping the text; a number that cannot be taken is an error next to its field.</summary>
    private ReportContent Validate(ReportEditForm form)
    {
        var content = new ReportContent
        {
            Risks = Clean(form.Risks),
            Proposals = Clean(form.Proposals),
        };
        AddError(nameof(form.Risks), ReportRules.TextProblem(form.Risks));
        AddError(nameof(form.Proposals), ReportRules.TextProblem(form.Proposals));
        for (var i = 0; i < form.Events.Count; i++)
        {
            var e = form.Events[i];
            AddError($"Events[{i}].Explanation", ReportRules.TextProblem(e.Explanation));
            AddError($"Events[{i}].Measures", ReportRules.TextProblem(e.Measures));
            if (Clean(e.Explanation) is not null || Clean(e.Measures) is not null)
            {
                content.Events.Add(new ReportEventNote { ControlEventId = e.ControlEventId, Explanation = Clean(e.Explanation), Measures = Clean(e.Measures) });
            }
        }

        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var input = form.Indicators[i];
            AddError($"Indicators[{i}].ActualText", ReportRules.TextProblem(input.ActualText));
            if (Clean(input.ActualText) is not null || Clean(input.ForecastText) is not null)
            {
                content.Indicators.Add(new ReportIndicatorEntry
                {
                    IndicatorId = input.IndicatorId,
                    ActualText = Clean(input.ActualText),
                    Actual = ReportRules.ActualValue(input.ActualText),
                    ForecastText = Clean(input.ForecastText),
                });
            }
        }

        for (var i = 0; i < form.Budget.Count; i++)
        {
            var input = form.Budget[i];
            var (value, error) = ReportRules.Executed(input.ExecutedText);
            AddError($"Budget[{i}].ExecutedText", error);
            if (value is not null)
            {
                content.Budget.Add(new ReportBudgetEntry { FundingSourceId = input.FundingSourceId, ExecutedText = Clean(input.ExecutedText), Executed = value });
            }
        }

        return content;
    }

    private async Task<ReportPageModel> PageAsync(
        ProjectInfo project, ReportingPeriod period, ProjectReport? report, ReportEditForm? typed,
        (ReportStep Step, string Error, string? Comment)? stepFailure, CancellationToken ct)
    {
        var document = await ReportQuery.LoadAsync(db, project.Id, period, report, options.Value, riskMatrix.Value, clock.Today(), ct);
        var sources = await db.FundingSources.AsNoTracking().Where(s => !s.IsArchived)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var revisions = await db.ProjectReports.AsNoTracking().Where(r => r.ProjectId == project.Id && r.Period == period.Code)
            .OrderBy(r => r.Revision).Select(r => r.Revision).ToListAsync(ct);
        var status = report?.Status ?? ReportStatus.Draft;
        var latest = revisions.Count == 0 || report is null || report.Revision == revisions[^1];
        var steps = new List<ReportStep>();
        if (report is not null && latest)
        {
            foreach (var step in new[] { ReportStep.Agree, ReportStep.CuratorReturn, ReportStep.Accept, ReportStep.OfficeReturn, ReportStep.Correct })
            {
                if (ReportWorkflow.Transition(step).From == status && Can(ReportWorkflow.Permission(step)))
                {
                    steps.Add(step);
                }
            }
        }

        var content = report?.Content ?? new ReportContent();
        var form = typed ?? new ReportEditForm
        {
            Version = report?.Version ?? 0,
            Risks = content.Risks,
            Proposals = content.Proposals,
            Events = document!.Events.Where(e => e.IsLate)
                .Select(e => new EventNoteInput { ControlEventId = e.ControlEventId, Explanation = e.Explanation, Measures = e.Measures }).ToList(),
            Indicators = document.Indicators
                .Select(i => new IndicatorInput { IndicatorId = i.IndicatorId, ActualText = i.ActualText, ForecastText = i.ForecastText }).ToList(),
            Budget = sources.Select(s => new BudgetInput
            {
                FundingSourceId = s.Id,
                ExecutedText = content.Budget.FirstOrDefault(b => b.FundingSourceId == s.Id)?.ExecutedText,
            }).ToList(),
        };
        return new ReportPageModel
        {
            ProjectId = project.Id,
            ProjectName = project.Name,
            Document = document!,
            Version = report?.Version ?? 0,
            Exists = report is not null,
            Form = form,
            Sources = sources.Select(s => (s.Id, s.Name)).ToList(),
            CanEdit = latest && ReportWorkflow.IsEditable(status) && Can(Permissions.EditReport),
            CanSubmit = latest && ReportWorkflow.IsEditable(status) && Can(Permissions.SubmitReport),
            Steps = steps,
            History = report?.History ?? [],
            Revisions = revisions,
            StepError = stepFailure?.Error,
            FailedStep = stepFailure?.Step,
            FailedComment = stepFailure?.Comment,
        };
    }

    /// <summary>404 for a malformed period, 403 without the permission, the period refused outside the project.</summary>
    private async Task<(IActionResult? Failure, ProjectInfo? Project, ReportingPeriod? Period)> OpenAsync(
        int id, string period, string permission, CancellationToken ct)
    {
        // The filter let in those who read the project; a step has a permission of its own.
        if (!Can(permission))
        {
            return (Forbid(), null, null);
        }

        var project = (await ProjectAsync(id, ct))!;
        var parsed = ReportingPeriod.Parse(period);
        if (parsed is null)
        {
            return (NotFound(), null, null);
        }

        if (ReportRules.PeriodProblem(parsed, project.StartDate, project.EndDate) is { } problem)
        {
            // The period is refused where it is typed: the list page with the message next to the field.
            return (RedirectToAction(nameof(Index), new { id, period = parsed.Code }), null, null);
        }

        return (null, project, parsed);
    }

    private IActionResult Frozen(int id, ReportingPeriod period, ReportStatus status) => Refusal.Of(
        this,
        status == ReportStatus.Accepted
            ? "Отчет принят и зафиксирован: изменить его нельзя. Чтобы внести исправление, откройте новую редакцию («Исправить принятый отчет»)."
            : $"Отчет в статусе «{ReportWorkflow.StatusLabel(status)}»: изменить его нельзя, пока его не вернут на доработку.",
        $"/projects/{id}/reports/{period.Code}",
        "К отчету");

    private Task<ProjectReport?> ReportAsync(int id, string period, int? revision, bool tracking, CancellationToken ct)
    {
        var query = db.ProjectReports.Where(r => r.ProjectId == id && r.Period == period);
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return revision is { } number
            ? query.SingleOrDefaultAsync(r => r.Revision == number, ct)
            : query.OrderByDescending(r => r.Revision).FirstOrDefaultAsync(ct);
    }

    private Task<ProjectInfo?> ProjectAsync(int id, CancellationToken ct) =>
        db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ProjectInfo(p.Id, p.Name, p.StartDate, p.EndDate)).SingleOrDefaultAsync(ct);

    private void AddError(string key, string? error)
    {
        if (error is not null)
        {
            ModelState.AddModelError(key, error);
        }
    }

    private bool Can(string permission) => ProjectAccess.From(HttpContext).Can(permission);

    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private string UserName => User.FindFirstValue(PortalClaims.FullName) ?? User.Identity?.Name ?? "?";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record ProjectInfo(int Id, string Name, DateOnly StartDate, DateOnly EndDate);
}
