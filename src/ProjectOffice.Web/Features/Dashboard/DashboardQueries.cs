using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>
/// The dashboards' reads. An event linked to a control point has no date of its own and takes the point's end date;
/// open events with their own date, open events dated by their point, and recently done events are three branches,
/// each read in its own index order and limited to the page, then merged: one OR across them (with the sort key
/// reaching into the plan items) made PostgreSQL join and sort every control event of the region for each page.
/// </summary>
public static class DashboardQueries
{
    public const int PageSize = 50;

    /// <summary>How far back «недавно выполнено» looks.</summary>
    public const int RecentDays = 14;

    public static ListedEvents Listed(AppDbContext db, DateOnly today, DateTimeOffset now, DashboardFilter filter)
    {
        var horizon = today.AddDays(ControlEventStates.DueSoonDays);
        var since = today.AddDays(-RecentDays);
        var markedSince = now.AddDays(-RecentDays);
        var events = db.ControlEvents.AsNoTracking();
        var planned = events.Where(e => e.Status == ControlEventStatus.Planned);
        var own = planned.Where(e => e.PlannedDate != null);
        var byPoint = planned.Where(e => e.PlannedDate == null);
        // Done events of the last fortnight, found by the (Status, DoneOn) and (Status, MarkedAt) indexes.
        var done = events.Where(e => e.Status == ControlEventStatus.Done && (e.DoneOn >= since || e.MarkedAt >= markedSince));
        return filter switch
        {
            DashboardFilter.Overdue => new ListedEvents(
                own.Where(e => e.PlannedDate < today), byPoint.Where(e => (e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd) < today), null),
            DashboardFilter.DueSoon => new ListedEvents(
                own.Where(e => e.PlannedDate >= today && e.PlannedDate <= horizon),
                byPoint.Where(e => (e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd) >= today && (e.PlanItem.EndDate ?? e.PlanItem.DeadlineEnd) <= horizon), null),
            DashboardFilter.Done => new ListedEvents(null, null, done),
            _ => new ListedEvents(own.Where(e => e.PlannedDate <= horizon), byPoint.Where(e => (e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd) <= horizon), done),
        };
    }

    /// <summary>
    /// Events the user answers for: responsible (on the event, or on its control point), or of a project they lead or
    /// administer. The ids are gathered first from the indexed sides (members, responsibles by person) and read into
    /// a list: as a subquery inside each branch, PostgreSQL walked the region's whole (Status, date) index testing
    /// every open event against it until the page was full — a leader's dashboard cost grew with the database.
    /// </summary>
    public static async Task<IReadOnlyList<int>> MineAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var me = db.People.Where(p => p.UserId == userId).Select(p => (int?)p.Id);
        var myProjects = db.ProjectMembers
            .Where(m => (m.Role == MemberRole.Leader || m.Role == MemberRole.Administrator) && me.Contains(m.PersonId))
            .Select(m => m.ProjectId);
        var ofMyProjects = db.ControlEvents.Where(e => myProjects.Contains(e.ProjectId)).Select(e => e.Id);
        // By person only: with «ControlEventId IS NOT NULL» beside it PostgreSQL also read the ControlEventId index for
        // every event's executor of the region (30 ms at 10,000 projects) to AND it with the person's 35 rows.
        var mineOwn = db.Responsibles.Where(r => me.Contains(r.PersonId)).Select(r => r.ControlEventId);
        var mineByPoint =
            from r in db.Responsibles
            where r.PlanItemId != null && me.Contains(r.PersonId)
            from e in db.ControlEvents
            where e.PlanItemId == r.PlanItemId && !db.Responsibles.Any(own => own.ControlEventId == e.Id)
            select (int?)e.Id;
        var ids = await ofMyProjects.Select(id => (int?)id).Union(mineOwn).Union(mineByPoint).ToListAsync(ct);
        return ids.OfType<int>().ToList();
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

    /// <summary>
    /// One page (1-based): overdue first, then by date, recently done last. Each branch reads at most the rows up to
    /// the end of the page in its own order; one row more tells whether a next page exists.
    /// </summary>
    public static async Task<(IReadOnlyList<DashboardRow> Rows, bool HasNext)> PageAsync(
        AppDbContext db, ListedEvents events, DateOnly today, int page, CancellationToken ct)
    {
        var skip = (Math.Max(1, page) - 1) * PageSize;
        var wanted = skip + PageSize + 1;
        var rows = new List<DashboardRow>();
        if (events.Own is { } own)
        {
            rows.AddRange(await RowsAsync(db, own.OrderBy(e => e.PlannedDate).ThenBy(e => e.Id), wanted, ct));
        }

        if (events.ByPoint is { } byPoint)
        {
            rows.AddRange(await RowsAsync(db, byPoint.OrderBy(e => e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd).ThenBy(e => e.Id), wanted, ct));
        }

        if (events.Done is { } done)
        {
            rows.AddRange(await RowsAsync(db, done.OrderBy(e => e.PlannedDate ?? e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd).ThenBy(e => e.Id), wanted, ct));
        }

        // The order the single query had: open before done, by date with undated last (PostgreSQL's NULLS LAST), then id.
        var merged = rows
            .OrderBy(r => r.Status == ControlEventStatus.Done ? 1 : 0)
            .ThenBy(r => r.PlannedDate is null ? 1 : 0)
            .ThenBy(r => r.PlannedDate)
            .ThenBy(r => r.EventId)
            .Skip(skip)
            .Take(PageSize + 1)
            .ToList();
        foreach (var row in merged)
        {
            row.State = ControlEventStates.Of(row.Status, row.PlannedDate, today);
        }

        return (merged.Take(PageSize).ToList(), merged.Count > PageSize);
    }

    private static Task<List<DashboardRow>> RowsAsync(AppDbContext db, IQueryable<ControlEvent> ordered, int take, CancellationToken ct) =>
        // One statement per branch: a split query would run the filtered, ordered page once per responsible list.
        ordered.AsSingleQuery()
            .Take(take)
            .Select(e => new DashboardRow
            {
                EventId = e.Id,
                ProjectId = e.ProjectId,
                ProjectName = db.Projects.Where(p => p.Id == e.ProjectId).Select(p => p.Name).First(),
                Number = e.SortOrder + 1,
                Name = e.Name ?? e.PlanItem!.Name ?? "",
                PlannedDate = e.PlannedDate ?? e.PlanItem!.EndDate ?? e.PlanItem.DeadlineEnd,
                PlannedDateText = e.PlannedDate != null ? e.PlannedDateText : e.PlanItem!.EndText,
                Status = e.Status,
                DoneOn = e.DoneOn,
                // Two indexed lookups (the event's own executors, else its control point's) instead of one OR that scans.
                OwnResponsibles = e.Responsibles.OrderBy(r => r.SortOrder).Select(r => r.Person != null ? r.Person.FullName : r.Text).ToList(),
                PointResponsibles = e.PlanItem!.Responsibles.Where(r => !db.Responsibles.Any(own => own.ControlEventId == e.Id))
                    .OrderBy(r => r.SortOrder).Select(r => r.Person != null ? r.Person.FullName : r.Text).ToList(),
            })
            .ToListAsync(ct);
}
