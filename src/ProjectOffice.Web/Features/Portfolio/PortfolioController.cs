using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Forms.Reports;
using ProjectOffice.Web.Features.Forms;

namespace ProjectOffice.Web.Features.Portfolio;

/// <summary>
/// The office's portfolio (every project with its three lights, late events and report status for a period, filtered,
/// sorted, paginated, with a chart and an XLSX export) and the office summary of a period. A curator sees the projects
/// they curate; the office and the administrator see all.
/// </summary>
public sealed class PortfolioController(
    AppDbContext db, IAuthorizationService auth, TimeProvider clock, IOptions<ReportingOptions> options,
    ReportPrinting printing, ChromiumPrinter printer, ILogger<PortfolioController> logger) : Controller
{
    public const int PageSize = 50;

    [HttpGet("/portfolio")]
    public async Task<IActionResult> Index([FromQuery] PortfolioFilter filter, CancellationToken ct)
    {
        if (await VisibleAsync(ct) is not { } projects)
        {
            return Forbid();
        }

        var period = ReportingPeriod.Parse(filter.Period) ?? ReportingPeriod.Reported(options.Value.Periodicity, clock.Today());
        var rows = Sort(await MonitoringQuery.LoadAsync(db, Filter(projects, filter), period, options.Value, clock.Today(), ct), filter.Sort);
        var page = Math.Max(1, filter.Page);
        var shown = rows.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return View(new PortfolioModel
        {
            Filter = filter,
            Period = period,
            Rows = shown,
            Total = rows.Count,
            Page = page,
            PageCount = Math.Max(1, (rows.Count + PageSize - 1) / PageSize),
            Chart = PortfolioChart.Svg(shown),
            RuleText = DeviationRules.RuleText(options.Value.Thresholds),
            Curators = await db.ProjectMembers.AsNoTracking().Where(m => m.Role == MemberRole.Curator && m.PersonId != null)
                .Select(m => new { m.PersonId, m.Person!.FullName }).Distinct().OrderBy(m => m.FullName)
                .Select(m => new KeyValuePair<int, string>(m.PersonId!.Value, m.FullName)).ToListAsync(ct),
            Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
                .Select(o => new KeyValuePair<int, string>(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct),
        });
    }

    [HttpGet("/portfolio.xlsx")]
    public async Task<IActionResult> Export([FromQuery] PortfolioFilter filter, CancellationToken ct)
    {
        if (await VisibleAsync(ct) is not { } projects)
        {
            return Forbid();
        }

        var period = ReportingPeriod.Parse(filter.Period) ?? ReportingPeriod.Reported(options.Value.Periodicity, clock.Today());
        var rows = Sort(await MonitoringQuery.LoadAsync(db, Filter(projects, filter), period, options.Value, clock.Today(), ct), filter.Sort);
        var document = printing.Summary(Summary(period, rows));
        return await this.AnswerAsync(document, "xlsx", Preview(period), printer, logger, clock.Today(), ct);
    }

    /// <summary>«Сводный отчет о ходе реализации проектов»: /reports/2021-03/summary (preview), summary.pdf, summary.xlsx.</summary>
    [HttpGet("/reports/{period}/{file}")]
    public async Task<IActionResult> Summary(string period, string file, CancellationToken ct)
    {
        var format = file switch { "summary" => "", "summary.pdf" => "pdf", "summary.xlsx" => "xlsx", _ => null };
        var parsed = ReportingPeriod.Parse(period);
        if (format is null || parsed is null)
        {
            return NotFound();
        }

        if (await VisibleAsync(ct) is not { } projects)
        {
            return Forbid();
        }

        var rows = await MonitoringQuery.LoadAsync(db, projects.OrderBy(p => p.Name), parsed, options.Value, clock.Today(), ct);
        var document = printing.Summary(Summary(parsed, rows));
        return await this.AnswerAsync(document, format.Length == 0 ? null : format, Preview(parsed), printer, logger, clock.Today(), ct);
    }

    private SummaryDocument Summary(ReportingPeriod period, IReadOnlyList<ProjectMonitoring> rows) => new()
    {
        Period = period.Code,
        PeriodLabel = period.Label,
        Rows = rows,
        RuleText = DeviationRules.RuleText(options.Value.Thresholds),
    };

    private static PrintPreview Preview(ReportingPeriod period) =>
        new($"/reports/{period.Code}/summary.pdf", $"/reports/{period.Code}/summary.xlsx", $"/portfolio?period={period.Code}");

    /// <summary>The projects the user's portfolio holds: all for the office, their own for a curator; null without access.</summary>
    private async Task<IQueryable<Project>?> VisibleAsync(CancellationToken ct)
    {
        if ((await auth.AuthorizeAsync(User, Permissions.ViewAllPortfolio)).Succeeded)
        {
            return db.Projects;
        }

        if (!(await auth.AuthorizeAsync(User, Permissions.ViewPortfolio)).Succeeded)
        {
            return null;
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var personId = await db.People.Where(p => p.UserId == userId).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        return db.Projects.Where(p => p.Members.Any(m => m.Role == MemberRole.Curator && m.PersonId == personId && personId != null));
    }

    private static IQueryable<Project> Filter(IQueryable<Project> projects, PortfolioFilter filter)
    {
        if (filter.Curator is { } curator)
        {
            projects = projects.Where(p => p.Members.Any(m => m.Role == MemberRole.Curator && m.PersonId == curator));
        }

        if (filter.Organisation is { } organisation)
        {
            projects = projects.Where(p => p.Members.Any(m => m.Role == MemberRole.Leader && m.Person!.OrganisationId == organisation));
        }

        if (filter.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (filter.Year is { } year)
        {
            projects = projects.Where(p => p.StartDate.Year <= year && p.EndDate.Year >= year);
        }

        if (!string.IsNullOrWhiteSpace(filter.FederalProject))
        {
            projects = projects.Where(p => p.FederalProject != null && EF.Functions.ILike(p.FederalProject, "%" + filter.FederalProject.Trim() + "%"));
        }

        return projects.OrderBy(p => p.Name).ThenBy(p => p.Id);
    }

    /// <summary>Sorting by lights needs every row's figures, so the whole filtered list is ranked and then paged.</summary>
    private static List<ProjectMonitoring> Sort(IReadOnlyList<ProjectMonitoring> rows, string? sort) => (sort switch
    {
        "late" => rows.OrderByDescending(r => r.LateCount).ThenByDescending(r => r.LateProblems),
        "events" => rows.OrderByDescending(r => Severity(r.EventsLight)),
        "indicators" => rows.OrderBy(r => r.IndicatorPercent ?? decimal.MaxValue),
        "budget" => rows.OrderBy(r => r.BudgetPercent ?? decimal.MaxValue),
        "report" => rows.OrderBy(r => (int?)r.ReportStatus ?? 0),
        "status" => rows.OrderBy(r => r.Status, StringComparer.Ordinal),
        "curator" => rows.OrderBy(r => r.Curator ?? "", StringComparer.Ordinal),
        _ => rows.OrderBy(r => r.Name, StringComparer.Ordinal),
    }).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();

    private static int Severity(TrafficLight light) => light switch
    {
        TrafficLight.Red => 3,
        TrafficLight.Yellow => 2,
        TrafficLight.Green => 1,
        _ => 0,
    };
}
