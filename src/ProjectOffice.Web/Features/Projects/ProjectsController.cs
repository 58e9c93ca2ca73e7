using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Web.Infrastructure;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.Projects;

[Route("projects")]
[Authorize(Policy = Permissions.ViewProjects)]
public sealed class ProjectsController(AppDbContext db, IAuthorizationService auth, IEnumerable<IPrintedForm> printedForms, IOptions<RiskMatrix> riskMatrix, TimeProvider clock) : Controller
{
    [HttpGet("")]
    [ProjectPageCache]
    public async Task<IActionResult> Index([FromQuery] ProjectListFilter filter, CancellationToken ct)
    {
        var page = Math.Max(1, filter.Page);
        var projects = (await db.Projects.AsNoTracking().VisibleToAsync(db, auth, User)).Matching(filter);
        var total = await projects.CountAsync(ct);
        var rows = await projects.ListPageAsync(page, ct);
        var (leaders, curators) = await db.LeadersAndCuratorsAsync(ct);
        var risks = await RiskRegisterQueries.SummariesAsync(db, rows.Select(r => r.Id).ToList(), riskMatrix.Value, clock.Today(), ct);
        return View(new ProjectListModel
        {
            Rows = rows,
            Filter = filter,
            Page = page,
            PageCount = ProjectQueries.PageCount(total),
            Total = total,
            Leaders = leaders,
            Curators = curators,
            CanCreate = (await auth.AuthorizeAsync(User, Permissions.CreateProject)).Succeeded,
            HighestRisk = risks.Values.Where(s => s.Highest is not null).ToDictionary(s => s.ProjectId, s => s.Highest!.Value),
        });
    }

    [HttpGet("{id:int}")]
    [ProjectPageCache]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Card(int id, ProjectAccess access, CancellationToken ct)
    {
        var project = (await db.LoadPassportAsync(id, ct))!;

        var model = ProjectCardModel.Create(project, access.Can(Permissions.EditPassport));
        model.Risks = await RiskRegisterQueries.SummaryAsync(db, id, riskMatrix.Value, clock.Today(), ct);
        var indicatorIds = project.Indicators.Select(i => i.Id).ToList();
        var actuals = indicatorIds.Count == 0 ? [] : await db.IndicatorActuals.AsNoTracking()
            .Where(a => indicatorIds.Contains(a.IndicatorId) && a.Year != null && a.Value != null).ToListAsync(ct);
        model.IndicatorCharts = ProjectCardModel.Charts(project.Indicators, actuals);
        return View(model);
    }

    [HttpGet("{id:int}/forms")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Forms(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Name, p.Layout }).SingleAsync(ct);

        var printed = printedForms.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return View(new ProjectFormsModel { ProjectId = id, ProjectName = project.Name, Forms = ProjectFormsModel.For(id, project.Layout, printed) });
    }
}
