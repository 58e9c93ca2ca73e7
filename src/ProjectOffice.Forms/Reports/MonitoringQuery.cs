using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Forms.Reports;

/// <summary>
/// The monitoring figures of many projects for one period at once (the office summary, the portfolio): late events and
/// late problems of the risk register, indicator achievement and budget execution by the deviation rules, and the
/// report's status. A fixed number of
/// set-based queries whatever the number of projects; the sums over people's entries are made in memory.
/// </summary>
public static class MonitoringQuery
{
    /// <summary>
    /// Open control events planned on or before <paramref name="until"/> (of <paramref name="projectIds"/> when given), with
    /// the date that counts (the event's own, else its plan item's end, as ControlEventStates reads it). Two branches
    /// concatenated: one COALESCE over the join made PostgreSQL hash-join every plan item of the region to test the
    /// date; dated events are found by the (Status, PlannedDate) index and only the undated ones look up their item.
    /// </summary>
    public static IQueryable<PlannedEvent> OpenEventDates(AppDbContext db, DateOnly until, IReadOnlyCollection<int>? projectIds = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var open = db.ControlEvents.AsNoTracking().Where(e => e.Status == ControlEventStatus.Planned);
        if (projectIds is not null)
        {
            open = open.Where(e => projectIds.Contains(e.ProjectId));
        }

        var own = open.Where(e => e.PlannedDate != null && e.PlannedDate <= until)
            .Select(e => new PlannedEvent { ProjectId = e.ProjectId, Planned = e.PlannedDate!.Value });
        // The point's date as a scalar subquery (an index probe per undated event): as a join, PostgreSQL preferred
        // hashing every plan item of the region with a date before the horizon.
        var byPoint = open.Where(e => e.PlannedDate == null)
            .Select(e => new { e.ProjectId, End = db.PlanItems.Where(p => p.Id == e.PlanItemId).Select(p => p.EndDate).FirstOrDefault() })
            .Where(e => e.End != null && e.End <= until)
            .Select(e => new PlannedEvent { ProjectId = e.ProjectId, Planned = e.End!.Value });
        return own.Concat(byPoint);
    }

    public static async Task<IReadOnlyList<ProjectMonitoring>> LoadAsync(
        AppDbContext db, IQueryable<Project> projects, ReportingPeriod period, ReportingOptions options, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(options);
        var asOf = period.End < today ? period.End : today;
        var soon = asOf.AddDays(ControlEventStates.DueSoonDays);
        var heads = await projects.AsNoTracking()
            .Select(p => new
            {
                p.Id, p.Name, p.Status,
                Curator = p.Members.Where(m => m.Role == MemberRole.Curator).OrderBy(m => m.SortOrder)
                    .Select(m => m.Person != null ? m.Person.FullName : m.NameText).FirstOrDefault(),
                Organisation = p.Members.Where(m => m.Role == MemberRole.Leader && m.Person != null && m.Person.Organisation != null)
                    .OrderBy(m => m.SortOrder).Select(m => m.Person!.Organisation!.ShortName ?? m.Person.Organisation.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = heads.Select(h => h.Id).ToList();
        // The planned dates are read and counted here: grouped in SQL with two filtered counts, EF Core made each count
        // a correlated subquery over the whole group (hundreds of milliseconds at 1,000 projects).
        var events = (await OpenEventDates(db, soon, ids).ToListAsync(ct))
            .GroupBy(e => e.ProjectId)
            .ToDictionary(g => g.Key, g => new { Late = g.Count(e => e.Planned < asOf), Soon = g.Count(e => e.Planned >= asOf) });
        var planned = await db.BudgetAmounts.AsNoTracking()
            .Where(a => a.Year == period.Year && a.FundingSourceId != null && a.Value != null)
            .Join(db.BudgetItems.Where(b => b.SectionId == null && ids.Contains(b.ProjectId)), a => a.BudgetItemId, b => b.Id, (a, b) => new { b.ProjectId, a.Value })
            .GroupBy(x => x.ProjectId)
            .Select(g => new { ProjectId = g.Key, Planned = g.Sum(x => x.Value!.Value) })
            .ToDictionaryAsync(g => g.ProjectId, g => g.Planned, ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.ProjectId))
            .Select(i => new { i.Id, i.ProjectId, i.Name, i.Unit, Target = i.Values.Where(v => v.Year == period.Year).Select(v => v.PlannedText).FirstOrDefault() })
            .ToListAsync(ct);
        // Open problems of the risk register past their deadline count as late beside the events (issue 18).
        var lateProblems = await RiskRegisterQueries.LateProblems(db, asOf).Where(p => ids.Contains(p.ProjectId))
            .GroupBy(p => p.ProjectId).Select(g => new { ProjectId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProjectId, g => g.Count, ct);
        var codes = ReportQuery.EarlierPeriods(period).Select(p => p.Code).Append(period.Code).ToList();
        var reports = await db.ProjectReports.AsNoTracking()
            .Where(r => ids.Contains(r.ProjectId) && codes.Contains(r.Period))
            .Select(r => new { r.ProjectId, r.Period, r.Revision, r.Status, r.Content })
            .ToListAsync(ct);
        var latest = reports.GroupBy(r => (r.ProjectId, r.Period)).Select(g => g.OrderByDescending(r => r.Revision).First())
            .ToLookup(r => r.ProjectId);
        var indicatorsOf = indicators.ToLookup(i => i.ProjectId);
        var thresholds = options.Thresholds;

        return heads.Select(h =>
        {
            var counts = events.GetValueOrDefault(h.Id);
            var late = counts?.Late ?? 0;
            var filed = latest[h.Id].ToList();
            var executed = filed.Sum(r => r.Content.Budget.Sum(b => b.Executed ?? 0m));
            var plan = planned.TryGetValue(h.Id, out var p) ? p : (decimal?)null;
            var budgetPercent = DeviationRules.BudgetPercent(plan, executed, period.YearFraction);

            // The project's indicator achievement: the mean of its indicators' percentages (each capped at 100, so one
            // overshoot does not hide another's shortfall).
            var percents = indicatorsOf[h.Id].Select(i =>
            {
                var accrual = DeviationRules.AccrualOf(i.Name, i.Unit);
                var values = codes.Select(code => filed.FirstOrDefault(r => r.Period == code)?.Content.Indicators
                    .FirstOrDefault(x => x.IndicatorId == i.Id)?.Actual).ToList();
                var actual = accrual == IndicatorAccrual.Cumulative
                    ? values.Any(v => v is not null) ? (decimal?)values.Sum(v => v ?? 0m) : null
                    : values.LastOrDefault(v => v is not null);
                return DeviationRules.IndicatorPercent(PhraseTarget.Parse(i.Target), actual, accrual, period.YearFraction);
            }).OfType<decimal>().ToList();
            var indicatorPercent = percents.Count == 0 ? (decimal?)null : Math.Round(percents.Average(x => Math.Min(x, 100m)), 1);
            return new ProjectMonitoring
            {
                ProjectId = h.Id,
                Name = h.Name,
                Curator = h.Curator,
                Organisation = h.Organisation,
                Status = StatusLabels.Of(h.Status),
                LateCount = late,
                LateProblems = lateProblems.GetValueOrDefault(h.Id),
                EventsLight = DeviationRules.EventsLight(late, counts?.Soon ?? 0),
                IndicatorPercent = indicatorPercent,
                IndicatorsLight = DeviationRules.Light(indicatorPercent, thresholds),
                BudgetPlanned = plan,
                BudgetExecuted = executed,
                BudgetPercent = budgetPercent,
                BudgetLight = DeviationRules.Light(budgetPercent, thresholds),
                ReportStatus = filed.FirstOrDefault(r => r.Period == period.Code)?.Status,
            };
        }).ToList();
    }
}

/// <summary>An open control event's project and the date it is due by.</summary>
public sealed class PlannedEvent
{
    public int ProjectId { get; init; }

    public DateOnly Planned { get; init; }
}
