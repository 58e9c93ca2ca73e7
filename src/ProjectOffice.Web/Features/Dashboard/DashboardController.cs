using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Features.Projects;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>What is late and what is due: my control events, and for the office all projects' events.</summary>
public sealed class DashboardController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("dashboard")]
    [ProjectPageCache]
    public async Task<IActionResult> Index(DashboardFilter filter, int page = 1, CancellationToken ct = default) =>
        View(await MyEventsAsync(db, clock, User, filter, page, ct));

    [HttpGet("monitoring")]
    [ProjectPageCache]
    [Authorize(Policy = Permissions.MonitorAllProjects)]
    public async Task<IActionResult> Monitoring(DashboardFilter filter, int? curatorId, int? organisationId, int page = 1, CancellationToken ct = default)
    {
        var today = clock.Today();
        var events = DashboardQueries.Listed(db, today, clock.GetUtcNow(), filter);
        if (curatorId is { } curator)
        {
            events = events.Where(e => DashboardQueries.OfCurator(db, e, curator));
        }

        if (organisationId is { } organisation)
        {
            events = events.Where(e => DashboardQueries.OfOrganisation(db, e, organisation));
        }

        var (rows, hasNext) = await DashboardQueries.PageAsync(db, events, today, page, ct);
        var late = await LateProblemsAsync(db, RiskRegisterQueries.LateProblems(db, today), ct);
        var curators = await db.PeopleInRoleAsync(MemberRole.Curator, ct);
        var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name }).ToListAsync(ct);
        var query = string.Concat(
            curatorId is null ? "" : $"&curatorId={curatorId.Value.ToString(CultureInfo.InvariantCulture)}",
            organisationId is null ? "" : $"&organisationId={organisationId.Value.ToString(CultureInfo.InvariantCulture)}");
        return View(new MonitoringModel
        {
            Events = new DashboardModel
            {
                Rows = rows, Today = today, Filter = filter, Page = Math.Max(1, page), HasNext = hasNext, BaseUrl = "/monitoring?x=1" + query,
                LateProblems = late.Rows, LateProblemCount = late.Count,
            },
            Curators = curators.Select(c => new ChoiceOption(c.Id.ToString(CultureInfo.InvariantCulture), c.FullName)).ToList(),
            Organisations = organisations.Select(o => new ChoiceOption(o.Id.ToString(CultureInfo.InvariantCulture), o.Name)).ToList(),
            CuratorId = curatorId,
            OrganisationId = organisationId,
        });
    }

    /// <summary>The signed-in person's overdue, due-soon and recently done events; the start page shows it too.</summary>
    public static async Task<DashboardModel> MyEventsAsync(
        AppDbContext db, TimeProvider clock, ClaimsPrincipal user, DashboardFilter filter, int page, CancellationToken ct)
    {
        var today = clock.Today();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var mine = await DashboardQueries.MineAsync(db, userId, ct);
        var events = DashboardQueries.Listed(db, today, clock.GetUtcNow(), filter).Where(e => e.Where(c => mine.Contains(c.Id)));
        var (rows, hasNext) = await DashboardQueries.PageAsync(db, events, today, page, ct);
        // Late problems of the projects I lead or administer, or that I answer for.
        var me = db.People.Where(p => p.UserId == userId).Select(p => (int?)p.Id);
        var myProjects = db.ProjectMembers
            .Where(m => (m.Role == MemberRole.Leader || m.Role == MemberRole.Administrator) && me.Contains(m.PersonId))
            .Select(m => m.ProjectId);
        var late = await LateProblemsAsync(
            db, RiskRegisterQueries.LateProblems(db, today).Where(p => myProjects.Contains(p.ProjectId) || me.Contains(p.ResponsiblePersonId)), ct);
        return new DashboardModel
        {
            Rows = rows, Today = today, Filter = filter, Page = Math.Max(1, page), HasNext = hasNext, BaseUrl = "/dashboard?x=1",
            LateProblems = late.Rows, LateProblemCount = late.Count,
        };
    }

    private static async Task<(IReadOnlyList<LateProblemRow> Rows, int Count)> LateProblemsAsync(
        AppDbContext db, IQueryable<Domain.Risks.ProjectProblem> problems, CancellationToken ct)
    {
        const int shown = 10;
        var rows = await problems.OrderBy(p => p.Deadline).ThenBy(p => p.Id).Take(shown + 1)
            .Join(db.Projects, p => p.ProjectId, project => project.Id, (p, project) => new LateProblemRow(p.ProjectId, project.Name, p.Id, p.Title, p.Deadline!.Value))
            .ToListAsync(ct);
        return rows.Count <= shown ? (rows, rows.Count) : (rows.Take(shown).ToList(), await problems.CountAsync(ct));
    }
}
