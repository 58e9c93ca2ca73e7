using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>Reads of the project list, the card and the read API.</summary>
public static class ProjectQueries
{
    public const int PageSize = 25;

    /// <summary>The projects the list's filter asks for; the name search uses ILIKE so the trigram index serves it.</summary>
    public static IQueryable<Project> Matching(this IQueryable<Project> projects, ProjectListFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = LikePattern.Contains(filter.Q.Trim());
            projects = projects.Where(p => EF.Functions.ILike(p.Name, pattern, LikePattern.Escape));
        }

        if (filter.Leader is { } leader)
        {
            projects = projects.Where(p => p.Members.Any(m => m.Role == MemberRole.Leader && m.PersonId == leader));
        }

        if (filter.Curator is { } curator)
        {
            projects = projects.Where(p => p.Members.Any(m => m.Role == MemberRole.Curator && m.PersonId == curator));
        }

        if (filter.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (filter.Year is { } year && year is >= 1 and <= 9999)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            projects = projects.Where(p => p.StartDate <= last && p.EndDate >= first);
        }

        return projects;
    }

    /// <summary>
    /// The projects the user may open. A global reading role sees all; anyone else sees what
    /// ProjectAccessHandler lets them read: projects whose team they are in, where they are responsible for a plan
    /// item or control event, or whose team includes someone of their organisation.
    /// </summary>
    public static async Task<IQueryable<Project>> VisibleToAsync(
        this IQueryable<Project> projects, AppDbContext db, IAuthorizationService auth, ClaimsPrincipal user)
    {
        if ((await auth.AuthorizeAsync(user, Permissions.ViewProject)).Succeeded)
        {
            return projects;
        }

        return projects.ReadableBy(db, user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "");
    }

    public static IQueryable<Project> InListOrder(this IQueryable<Project> projects) =>
        projects.OrderBy(p => p.Name).ThenBy(p => p.Id);

    public static int PageCount(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>One page of the list in one query: leader and curator come from correlated subqueries, not per row.</summary>
    public static async Task<IReadOnlyList<ProjectListRow>> ListPageAsync(this IQueryable<Project> projects, int page, CancellationToken ct)
    {
        var rows = await projects.AsSingleQuery().InListOrder()
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Layout,
                p.Status,
                p.StartDate,
                p.EndDate,
                Leader = p.Members.Where(m => m.Role == MemberRole.Leader)
                    .OrderBy(m => m.GroupId != null).ThenBy(m => m.SortOrder)
                    .Select(m => m.NameText ?? m.Person!.FullName).FirstOrDefault(),
                Curator = p.Members.Where(m => m.Role == MemberRole.Curator)
                    .OrderBy(m => m.GroupId != null).ThenBy(m => m.SortOrder)
                    .Select(m => m.NameText ?? m.Person!.FullName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(p => new ProjectListRow
        {
            Id = p.Id,
            Name = p.Name,
            Layout = p.Layout,
            Status = p.Status,
            StartDate = p.StartDate,
            EndDate = p.EndDate,
            Leader = p.Leader is null ? "" : PersonNames.ToShortForm(p.Leader),
            Curator = p.Curator is null ? "" : PersonNames.ToShortForm(p.Curator),
        }).ToList();
    }

    /// <summary>The people who lead or curate some project, for the list's filters.</summary>
    public static async Task<(IReadOnlyList<PersonOption> Leaders, IReadOnlyList<PersonOption> Curators)> LeadersAndCuratorsAsync(
        this AppDbContext db, CancellationToken ct) =>
        (await db.PeopleInRoleAsync(MemberRole.Leader, ct), await db.PeopleInRoleAsync(MemberRole.Curator, ct));

    /// <summary>
    /// The people who hold a role in some project, by name. Asked from the people's side, one (PersonId, Role) index
    /// probe each: a DISTINCT over every membership of the region read them all for each page.
    /// </summary>
    public static async Task<IReadOnlyList<PersonOption>> PeopleInRoleAsync(this AppDbContext db, MemberRole role, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => db.ProjectMembers.Any(m => m.PersonId == p.Id && m.Role == role))
            .Select(p => new PersonOption(p.Id, p.FullName))
            .ToListAsync(ct);
        return people.OrderBy(p => p.FullName, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>
    /// The whole passport of one project, read-only, every table ordered as printed: one query per table
    /// (split query), never one per row.
    /// </summary>
    public static Task<Project?> LoadPassportAsync(this AppDbContext db, int id, CancellationToken ct) =>
        db.Projects.AsNoTracking().AsSplitQuery()
            .Include(p => p.Members.OrderBy(m => m.SortOrder)).ThenInclude(m => m.Person)
            .Include(p => p.ParticipantGroups.OrderBy(g => g.SortOrder))
            .Include(p => p.Stages.OrderBy(s => s.SortOrder))
            .Include(p => p.Tasks.OrderBy(t => t.SortOrder)).ThenInclude(t => t.Results.OrderBy(r => r.SortOrder))
            .Include(p => p.ListItems.OrderBy(i => i.SortOrder))
            .Include(p => p.Indicators.OrderBy(i => i.SortOrder)).ThenInclude(i => i.Values.OrderBy(v => v.Year))
            .Include(p => p.Indicators).ThenInclude(i => i.Breakdown.OrderBy(b => b.SortOrder)).ThenInclude(b => b.Values.OrderBy(v => v.Year))
            .Include(p => p.BudgetItems.OrderBy(b => b.SortOrder)).ThenInclude(b => b.Amounts.OrderBy(a => a.SortOrder)).ThenInclude(a => a.FundingSource)
            .Include(p => p.Sections.OrderBy(s => s.SortOrder))
            .Include(p => p.Forms)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
}
