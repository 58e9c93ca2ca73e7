using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>
/// Read API for integrations, JSON in camelCase. Signed-in users only: an anonymous call gets 401
/// and a project the user may not read 403 (PortalSetup answers /api challenges with a status, not a page).
/// </summary>
[ApiController]
[Route("api/projects")]
[Authorize(Policy = Permissions.ViewProjects)]
public sealed class ProjectsApiController(AppDbContext db, IAuthorizationService auth) : ControllerBase
{
    [HttpGet("")]
    public async Task<ActionResult<ApiProjectPage>> List(string? q, int page = 1, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var projects = (await db.Projects.AsNoTracking().VisibleToAsync(db, auth, User)).Matching(new ProjectListFilter { Q = q });
        var total = await projects.CountAsync(ct);
        var rows = await projects.InListOrder()
            .Skip((page - 1) * ProjectQueries.PageSize).Take(ProjectQueries.PageSize)
            .Select(p => new { p.Id, p.Name, p.ShortName, p.Layout, p.Status, p.StartDate, p.EndDate })
            .ToListAsync(ct);
        return new ApiProjectPage
        {
            Items = rows.Select(p => new ApiProjectSummary
            {
                Id = p.Id, Name = p.Name, ShortName = p.ShortName, Layout = ApiName(p.Layout), Status = ApiName(p.Status),
                StartDate = p.StartDate, EndDate = p.EndDate,
            }).ToList(),
            Page = page,
            PageCount = ProjectQueries.PageCount(total),
            Total = total,
        };
    }

    [HttpGet("{id:int}")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<ActionResult<ApiProjectDetails>> Get(int id, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Id, p.Name, p.ShortName, p.NationalProject, p.FederalProject, p.RegionalProject,
                p.Layout, p.Status, p.StartDate, p.EndDate, p.Goal,
                Leader = p.Members.Where(m => m.Role == MemberRole.Leader)
                    .OrderBy(m => m.GroupId != null).ThenBy(m => m.SortOrder)
                    .Select(m => new { m.PersonId, FullName = m.NameText ?? m.Person!.FullName, Position = m.Position ?? m.Person!.Position })
                    .FirstOrDefault(),
                Curator = p.Members.Where(m => m.Role == MemberRole.Curator)
                    .OrderBy(m => m.GroupId != null).ThenBy(m => m.SortOrder)
                    .Select(m => new { m.PersonId, FullName = m.NameText ?? m.Person!.FullName, Position = m.Position ?? m.Person!.Position })
                    .FirstOrDefault(),
                Stages = p.Stages.OrderBy(s => s.SortOrder)
                    .Select(s => new ApiStage { Name = s.Name, StartDate = s.StartDate, EndDate = s.EndDate })
                    .ToList(),
            })
            .SingleAsync(ct);

        return new ApiProjectDetails
        {
            Id = p.Id, Name = p.Name, ShortName = p.ShortName,
            NationalProject = p.NationalProject, FederalProject = p.FederalProject, RegionalProject = p.RegionalProject,
            Layout = ApiName(p.Layout), Status = ApiName(p.Status), StartDate = p.StartDate, EndDate = p.EndDate, Goal = p.Goal,
            Leader = p.Leader is { } leader ? Person(leader.PersonId, leader.FullName, leader.Position) : null,
            Curator = p.Curator is { } curator ? Person(curator.PersonId, curator.FullName, curator.Position) : null,
            Stages = p.Stages,
        };
    }

    private static ApiPerson Person(int? id, string fullName, string? position) =>
        new() { PersonId = id, FullName = fullName, ShortName = PersonNames.ToShortForm(fullName), Position = position };

    /// <summary>Enum values as camelCase words («inAgreement»), the same convention as the property names.</summary>
    private static string ApiName<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
