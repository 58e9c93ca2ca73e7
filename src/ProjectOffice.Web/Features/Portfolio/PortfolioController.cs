using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Forms.Reports;
using ProjectOffice.Web.Features.Forms;
using ProjectOffice.Web.Features.Projects;
using ProjectOffice.Web.Infrastructure;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.Portfolio;

/// <summary>
/// The office's portfolio (every project with its three lights, late events and report status for a period, filtered,
/// sorted, paginated, with a chart and an XLSX export) and the office summary of a period. A curator sees the projects
/// they curate; the office and the administrator see all.
/// </summary>
public sealed class PortfolioController(
    AppDbContext db, IAuthorizationService auth, TimeProvider clock, IOptions<ReportingOptions> options, IOptions<RiskMatrix> riskMatrix,
    ReportPrinting printing, ChromiumPrinter printer, ILogger<PortfolioController> logger) : Controller
{
    public const int PageSize = 50;

    [HttpGet("/portfolio")]
    [ProjectPageCache]
    public async Task<IActionResult> Index([FromQuery] PortfolioFilter filter, CancellationToken ct)
    {
        if (await VisibleAsync(ct) is not { } projects)
        {
            return Forbid();
        }

        var period = ReportingPeriod.Parse(filter.Period) ?? ReportingPeriod.Reported(options.Value.Periodicity, clock.Today());
        var filtered = Filter(projects, filter);
        var total = await filtered.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var shown = await RowsAsync(filtered, filter.Sort, period, (page - 1) * PageSize, PageSize, ct);
        var risks = await RiskRegisterQueries.SummariesAsync(db, shown.Select(r => r.ProjectId).ToList(), riskMatrix.Value, clock.Today(), ct);
        return View(new PortfolioModel
        {
            Filter = filter,
            Period = period,
            Rows = shown,
            HighestRisk = risks.Values.Where(s => s.Highest is not null).ToDictionary(s => s.ProjectId, s => s.Highest!.Value),
            Total = total,
            Page = page,
            PageCount = pageCount,
            Chart = PortfolioChart.Svg(shown),
            RuleText = DeviationRules.RuleText(options.Value.Thresholds),
            Curators = (await db.PeopleInRoleAsync(MemberRole.Curator, ct)).Select(p => new KeyValuePair<int, string>(p.Id, p.FullName)).ToList(),
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
        var rows = await RowsAsync(Filter(projects, filter), filter.Sort, period, 0, null, ct);
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

    private IQueryable<Project> Filter(IQueryable<Project> projects, PortfolioFilter filter)
    {
        var matrix = riskMatrix.Value;
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
            projects = projects.Where(p => p.FederalProject != null && EF.Functions.ILike(p.FederalProject, LikePattern.Contains(filter.FederalProject.Trim()), LikePattern.Escape));
        }

        if (filter.Risk is { } level)
        {
            var from = level switch
            {
                RiskLevel.Critical => matrix.CriticalFrom,
                RiskLevel.High => matrix.HighFrom,
                RiskLevel.Medium => matrix.MediumFrom,
                _ => 1,
            };
            projects = projects.Where(p => db.Risks.Any(r => r.ProjectId == p.Id
                && (r.Status == RiskStatus.Open || r.Status == RiskStatus.Monitoring) && r.Probability * r.Impact >= from));
        }

        return projects;
    }

    /// <summary>
    /// The rows of a page (or all of them for the export) in the order asked, reading the full monitoring figures of
    /// the page's projects only. Name, curator, status and the report's status are ordered and paged by the database.
    /// Late events, the events' light and the highest risk are counted by the database in one grouped query over all
    /// projects, and the filtered projects' ids are ranked by them. Indicator achievement and budget execution come
    /// from people's entries summed by the Domain's deviation rules (one place for them, not a second copy in SQL):
    /// those two orders rank the filtered projects' figures in memory. Every order is a fixed number of queries.
    /// </summary>
    private async Task<IReadOnlyList<ProjectMonitoring>> RowsAsync(
        IQueryable<Project> filtered, string? sort, ReportingPeriod period, int skip, int? take, CancellationToken ct)
    {
        var today = clock.Today();
        var count = take ?? int.MaxValue;
        if (sort is "indicators" or "budget")
        {
            var all = await MonitoringQuery.LoadAsync(db, filtered.OrderBy(p => p.Name).ThenBy(p => p.Id), period, options.Value, today, ct);
            return (sort == "indicators"
                    ? all.OrderBy(r => r.IndicatorPercent ?? decimal.MaxValue)
                    : all.OrderBy(r => r.BudgetPercent ?? decimal.MaxValue))
                .ThenBy(r => r.Name, StringComparer.Ordinal).Skip(skip).Take(count).ToList();
        }

        if (await FiguresAsync(sort, period, today, ct) is { } figures)
        {
            var heads = await filtered.Select(p => new { p.Id, p.Name }).ToListAsync(ct);
            var ids = heads.OrderByDescending(h => figures.GetValueOrDefault(h.Id)).ThenBy(h => h.Name, StringComparer.Ordinal).ThenBy(h => h.Id)
                .Skip(skip).Take(count).Select(h => h.Id).ToList();
            var rows = (await MonitoringQuery.LoadAsync(db, db.Projects.Where(p => ids.Contains(p.Id)), period, options.Value, today, ct))
                .ToDictionary(r => r.ProjectId);
            return ids.Select(id => rows[id]).ToList();
        }

        var ordered = Order(filtered, sort, period).Skip(skip);
        return await MonitoringQuery.LoadAsync(db, take is { } n ? ordered.Take(n) : ordered, period, options.Value, today, ct);
    }

    /// <summary>
    /// The number per project a descending sort ranks by, counted by the database in grouped queries (the late count
    /// by the same rule as <see cref="MonitoringQuery"/>); null for the sorts the database orders itself.
    /// </summary>
    private async Task<Dictionary<int, int>?> FiguresAsync(string? sort, ReportingPeriod period, DateOnly today, CancellationToken ct)
    {
        var asOf = period.End < today ? period.End : today;
        async Task<Dictionary<int, int>> CountAsync(DateOnly before) => await MonitoringQuery.OpenEventDates(db, before.AddDays(-1))
            .GroupBy(e => e.ProjectId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        switch (sort)
        {
            case "late":
                return await CountAsync(asOf);
            case "events":
                // Red (late) above yellow (due within the next days) above green, as DeviationRules.EventsLight colours them.
                var late = await CountAsync(asOf);
                var soon = await CountAsync(asOf.AddDays(ControlEventStates.DueSoonDays + 1));
                return soon.Keys.ToDictionary(id => id, id => late.ContainsKey(id) ? 2 : 1);
            case "risk":
                return await db.Risks.AsNoTracking().Where(r => r.Status == RiskStatus.Open || r.Status == RiskStatus.Monitoring)
                    .GroupBy(r => r.ProjectId).Select(g => new { g.Key, Score = g.Max(r => r.Probability * r.Impact) })
                    .ToDictionaryAsync(g => g.Key, g => g.Score, ct);
            default:
                return null;
        }
    }

    /// <summary>The database's order for the sorts it computes from the project's own row and its report.</summary>
    private IQueryable<Project> Order(IQueryable<Project> projects, string? sort, ReportingPeriod period)
    {
        var code = period.Code;
        return sort switch
        {
            "report" => projects.OrderBy(p => db.ProjectReports.Where(r => r.ProjectId == p.Id && r.Period == code)
                .OrderByDescending(r => r.Revision).Select(r => (int?)r.Status).FirstOrDefault() ?? -1).ThenBy(p => p.Name).ThenBy(p => p.Id),
            "status" => projects.OrderBy(p => p.Status).ThenBy(p => p.Name).ThenBy(p => p.Id),
            "curator" => projects.OrderBy(p => p.Members.Where(m => m.Role == MemberRole.Curator).OrderBy(m => m.SortOrder)
                .Select(m => m.Person != null ? m.Person.FullName : m.NameText).FirstOrDefault()).ThenBy(p => p.Name).ThenBy(p => p.Id),
            _ => projects.OrderBy(p => p.Name).ThenBy(p => p.Id),
        };
    }
}
