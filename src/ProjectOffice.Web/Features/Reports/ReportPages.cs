using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Reports;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Reports;

/// <summary>
/// What the report's page and its decisions share: opening a period (permission, 404, the project's years), reading a
/// revision, building the report document from the data, and the page model around it.
/// </summary>
public sealed class ReportPages(AppDbContext db, TimeProvider clock, IOptions<ReportingOptions> options, IOptions<RiskMatrix> riskMatrix)
{
    public const string ConflictMessage =
        "Отчет изменился, пока была открыта эта страница. Ничего не сохранено: обновите страницу и повторите действие.";

    /// <summary>403 without the permission, 404 for a malformed period, a period outside the project refused on the list page.</summary>
    public async Task<(IActionResult? Failure, ReportProject? Project, ReportingPeriod? Period)> OpenAsync(
        ControllerBase controller, int id, string period, string permission, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        // The filter let in those who read the project; a step has a permission of its own.
        if (!ProjectAccess.From(controller.HttpContext).Can(permission))
        {
            return (controller.Forbid(), null, null);
        }

        var project = (await ProjectAsync(id, ct))!;
        var parsed = ReportingPeriod.Parse(period);
        if (parsed is null)
        {
            return (controller.NotFound(), null, null);
        }

        if (ReportRules.PeriodProblem(parsed, project.StartDate, project.EndDate) is not null)
        {
            // The period is refused where it is typed: the list page with the message next to the field.
            return (controller.Redirect($"/projects/{id}/reports?period={Uri.EscapeDataString(parsed.Code)}"), null, null);
        }

        return (null, project, parsed);
    }

    public Task<ReportProject?> ProjectAsync(int id, CancellationToken ct) =>
        db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new ReportProject(p.Id, p.Name, p.StartDate, p.EndDate)).SingleOrDefaultAsync(ct);

    /// <summary>The given revision, or the latest when none is given.</summary>
    public Task<ProjectReport?> ReportAsync(int id, string period, int? revision, bool tracking, CancellationToken ct)
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

    public async Task<ReportDocument> DocumentAsync(int id, ReportingPeriod period, ProjectReport? report, CancellationToken ct) =>
        (await ReportQuery.LoadAsync(db, id, period, report, options.Value, riskMatrix.Value, clock.Today(), ct))!;

    public async Task<ReportPageModel> PageAsync(
        HttpContext http, ReportProject project, ReportingPeriod period, ProjectReport? report, ReportEditForm? typed,
        (ReportStep Step, string Error, string? Comment)? stepFailure, CancellationToken ct)
    {
        var access = ProjectAccess.From(http);
        var document = await DocumentAsync(project.Id, period, report, ct);
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
                if (ReportWorkflow.Transition(step).From == status && access.Can(ReportWorkflow.Permission(step)))
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
            Events = document.Events.Where(e => e.IsLate)
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
            Document = document,
            Version = report?.Version ?? 0,
            Exists = report is not null,
            Form = form,
            Sources = sources.Select(s => (s.Id, s.Name)).ToList(),
            CanEdit = latest && ReportWorkflow.IsEditable(status) && access.Can(Permissions.EditReport),
            CanSubmit = latest && ReportWorkflow.IsEditable(status) && access.Can(Permissions.SubmitReport),
            Steps = steps,
            History = report?.History ?? [],
            Revisions = revisions,
            StepError = stepFailure?.Error,
            FailedStep = stepFailure?.Step,
            FailedComment = stepFailure?.Comment,
        };
    }
}

/// <summary>The project fields a report page needs.</summary>
public sealed record ReportProject(int Id, string Name, DateOnly StartDate, DateOnly EndDate);
