using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>
/// The dashboards' reads. A page of rows is one query. An event linked to a control point has no date of its own
/// and takes the point's end date, so the date conditions ask both; open events are found through the
/// (Status, PlannedDate) index.
/// </summary>
public static class DashboardQueries
{
    public const int PageSize = 50;

    /// <summary>How far back «недавно выполнено» looks.</summary>
    public const int RecentDays = 14;

    public static IQueryable<ControlEvent> Listed(AppDbContext db, DateOnly today, DateTimeOffset now, DashboardFilter filter)
    {
        var horizon = today.AddDays(ControlEventStates.DueSoonDays);
        var since = today.AddDays(-RecentDays);
        var markedSince = now.AddDays(-RecentDays);
        var events = db.ControlEvents.AsNoTracking();
        return filter switch
        {
            DashboardFilter.Overdue => events.Where(e => e.Status == ControlEventStatus.Planned
                && (e.PlannedDate < today || (e.PlannedDate == null && e.PlanItem!.EndDate < today))),
            DashboardFilter.DueSoon => events.Where(e => e.Status == ControlEventStatus.Planned
                && ((e.PlannedDate >= today && e.PlannedDate <= horizon)
                    || (e.PlannedDate == null && e.PlanItem!.EndDate >= today && e.PlanItem.EndDate <= horizon))),
            DashboardFilter.Done => events.Where(e => e.Status == ControlEventStatus.Done && (e.DoneOn >= since || e.MarkedAt >= markedSince)),
            _ => events.Where(e =>
                (e.Status == ControlEventStatus.Planned && (e.PlannedDate <= horizon || (e.PlannedDate == null && e.PlanItem!.EndDate <= horizon)))
                || (e.Status == ControlEventStatus.Done && (e.DoneOn >= since || e.MarkedAt >= markedSince))),
        };
    }

    /// <summary>
    /// Events the user answers for: responsible (on the event, or on its control point), or of a project they lead or
    /// administer. The ids are gathered first from the indexed sides (members, responsibles by person) so that the
    /// planner never has to test every open event against correlated subqueries.
    /// </summary>
    public static IQueryable<ControlEvent> Mine(AppDbContext db, IQueryable<ControlEvent> events, string userId)
    {
        var me = db.People.Where(p => p.UserId == userId).Select(p => (int?)p.Id);
        var myProjects = db.ProjectMembers
            .Where(m => (m.Role == MemberRole.Leader || m.Role == MemberRole.Administrator) && me.Contains(m.PersonId))
            .Select(m => m.ProjectId);
        var ofMyProjects = db.ControlEvents.Where(e => myProjects.Contains(e.ProjectId)).Select(e => e.Id);
        var mineOwn = db.Responsibles.Where(r => r.ControlEventId != null && me.Contains(r.PersonId)).Select(r => r.ControlEventId!.Value);
        var mineByPoint =
            from r in db.Responsibles
            where r.PlanItemId != null && me.Contains(r.PersonId)
            from e in db.ControlEvents
            where e.PlanItemId == r.PlanItemId && !db.Responsibles.Any(own => own.ControlEventId == e.Id)
            select e.Id;
        var ids = ofMyProjects.Union(mineOwn).Union(mineByPoint);
        return events.Where(e => ids.Contains(e.Id));
    }

    public static IQueryable<ControlEvent> OfCurator(AppDbContext db, IQueryable<ControlEvent> events, int personId) =>
        events.Where(e => db.ProjectMembers.Any(m => m.ProjectId == e.ProjectId && m.Role == MemberRole.Curator && m.PersonId == personId));

    /// <summary>Events whose responsible executors (the control point's when the event has none) are of the organisation.</summary>
    public static IQueryable<ControlEvent> OfOrganisation(AppDbContext db, IQueryable<ControlEvent> events, int organisationId)
    {
        // Executors of the organisation: named as it, or people working there; collected from the Responsibles side first.
        var ofOrganisation = db.Responsibles.Where(r => r.OrganisationId == organisationId || r.Person!.OrganisationId == organisationId);
        var own = ofOrganisation.Where(r => r.ControlEventId != null).Select(r => r.ControlEventId!.Value);
        var byPoint =
            from r in ofOrganisation
            where r.PlanItemId != null
            from e in db.ControlEvents
            where e.PlanItemId == r.PlanItemId && !db.Responsibles.Any(o => o.ControlEventId == e.Id)
            select e.Id;
        var ids = own.Union(byPoint);
        return events.Where(e => ids.Contains(e.Id));
    }

    /// <summary>One page (1-based) in one query: overdue first, then by date, recently done last; one row more tells whether a next page exists.</summary>
    public static async Task<(IReadOnlyList<DashboardRow> Rows, bool HasNext)> PageAsync(
        AppDbContext db, IQueryable<ControlEvent> events, DateOnly today, int page, CancellationToken ct)
    {
        // One statement: a split query would run the filtered, ordered page once per responsible list.
        var rows = await events.AsSingleQuery()
            .OrderBy(e => e.Status == ControlEventStatus.Done ? 1 : 0)
            .ThenBy(e => e.PlannedDate ?? e.PlanItem!.EndDate)
            .ThenBy(e => e.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(e => new DashboardRow
            {
                EventId = e.Id,
                ProjectId = e.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == e.ProjectId).Select(p => p.Name).First(),
                Number = e.SortOrder + 1,
                Name = e.Name ?? e.PlanItem!.Name ?? "",
                PlannedDate = e.PlannedDate ?? e.PlanItem!.EndDate,
                PlannedDateText = e.PlannedDate != null ? e.PlannedDateText : e.PlanItem!.EndText,
                Status = e.Status,
                DoneOn = e.DoneOn,
                // Two indexed lookups (the event's own executors, else its control point's) instead of one OR that scans.
                OwnResponsibles = e.Responsibles.OrderBy(r => r.SortOrder).Select(r => r.Person != null ? r.Person.FullName : r.Text).ToList(),
                PointResponsibles = e.PlanItem!.Responsibles.Where(r => !db.Responsibles.Any(own => own.ControlEventId == e.Id))
                    .OrderBy(r => r.SortOrder).Select(r => r.Person != null ? r.Person.FullName : r.Text).ToList(),
            })
            .ToListAsync(ct);
        foreach (var row in rows)
        {
            row.State = ControlEventStates.Of(row.Status, row.PlannedDate, today);
        }

        return (rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }
}
