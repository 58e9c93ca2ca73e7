using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Reports;

/// <summary>
/// Prepares a project's report for a period from the portal's data (control events, indicators, budget) and what
/// people typed into it; an accepted report is read from its snapshot instead, so it reprints as accepted.
/// A fixed number of queries whatever the size of the plan.
/// </summary>
public static class ReportQuery
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>The frozen form of a document, written when the office accepts the report.</summary>
    public static string Freeze(ReportDocument document) => JsonSerializer.Serialize(document, Json);

    /// <summary>
    /// The report of <paramref name="period"/> as stored in <paramref name="report"/> (null: the draft not written
    /// yet, prepared from the data alone); null when there is no such project. The risk register has no history, so
    /// a report not accepted yet shows it as it stands <paramref name="today"/> (levels by <paramref name="matrix"/>,
    /// problems late against today); acceptance freezes that view with the rest.
    /// </summary>
    public static async Task<ReportDocument?> LoadAsync(
        AppDbContext db, int projectId, ReportingPeriod period, ProjectReport? report, ReportingOptions options,
        RiskMatrix matrix, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(options);
        if (report is { Status: ReportStatus.Accepted, Snapshot: { } snapshot })
        {
            return JsonSerializer.Deserialize<ReportDocument>(snapshot, Json);
        }

        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => new { p.Name, p.Layout, p.Level })
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        var signers = await db.ProjectMembers.AsNoTracking()
            .Where(m => m.ProjectId == projectId && (m.Role == MemberRole.Leader || m.Role == MemberRole.Curator))
            .OrderBy(m => m.SortOrder).ThenBy(m => m.Id)
            .Select(m => new { m.Role, m.Position, Name = m.Person != null ? m.Person.FullName : m.NameText })
            .ToListAsync(ct);
        var events = await EventsAsync(db, projectId, period, ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == projectId)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Id)
            .Select(i => new
            {
                i.Id, i.Name, i.Unit, i.UnitInName,
                Target = i.Values.Where(v => v.Year == period.Year).Select(v => v.PlannedText).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var planned = await db.BudgetAmounts.AsNoTracking()
            .Where(a => a.Year == period.Year && a.FundingSourceId != null && a.Value != null
                        && db.BudgetItems.Any(b => b.Id == a.BudgetItemId && b.ProjectId == projectId && b.SectionId == null))
            .GroupBy(a => a.FundingSourceId!.Value)
            .Select(g => new { SourceId = g.Key, Planned = g.Sum(a => a.Value!.Value) })
            .ToListAsync(ct);
        var sources = await db.FundingSources.AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(ct);
        var earlierCodes = EarlierPeriods(period).Select(p => p.Code).ToList();
        var earlier = await db.ProjectReports.AsNoTracking()
            .Where(r => r.ProjectId == projectId && earlierCodes.Contains(r.Period))
            .Select(r => new { r.Period, r.Revision, r.Content })
            .ToListAsync(ct);
        var earlierContent = earlier.GroupBy(r => r.Period)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Revision).First().Content, StringComparer.Ordinal);

        var registerRisks = await RegisterAsync(db, projectId, matrix, today, ct);

        var content = report?.Content ?? new ReportContent();
        var thresholds = options.Thresholds;
        var eventRows = EventRows(events, period, content);
        var indicatorRows = IndicatorRows(indicators.Select(i => (i.Id, i.Name, i.UnitInName ? null : i.Unit, i.Target)), period, content, earlierCodes, earlierContent, thresholds);
        var (budgetRows, total) = BudgetRows(
            sources, planned.ToDictionary(p => p.SourceId, p => p.Planned), period, content, earlierCodes, earlierContent, thresholds);

        var lights = indicatorRows.Select(i => i.Light).Where(l => l != TrafficLight.None).ToList();
        return new ReportDocument
        {
            ProjectId = projectId,
            ProjectName = project.Name,
            ProjectCaption = project.Layout == ProjectLayout.Municipal ? "проекта" : ProjectLabels.LevelGenitive(project.Level),
            Period = period.Code,
            PeriodLabel = period.Label,
            Revision = report?.Revision ?? 1,
            Status = report?.Status ?? ReportStatus.Draft,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            DueDate = period.DueDate(options.DueWorkingDay),
            Events = eventRows,
            Indicators = indicatorRows,
            Budget = budgetRows,
            BudgetTotal = total,
            Risks = content.Risks,
            RegisterRisks = registerRisks,
            Proposals = content.Proposals,
            EventsLight = DeviationRules.EventsLight(eventRows.Count(e => e.IsLate), 0),
            IndicatorsLight = lights.Count == 0 ? TrafficLight.None : lights.Max(),
            BudgetLight = total.Light,
            RuleText = DeviationRules.RuleText(thresholds),
            Signatures = Signatures(signers.Select(s => (s.Role, s.Position, s.Name ?? "")), report),
        };
    }

    /// <summary>
    /// The project's control events the period may show, with their control point and executors: two queries. The
    /// database leaves out only what <see cref="ReportRules.Covers"/> surely refuses (cancelled, planned after the
    /// period, done before it with a date of their own before it); Covers still decides. Loading every event with its
    /// plan item as entities (split-query includes) cost more than the rest of the report for a 1,000-item plan.
    /// </summary>
    private static async Task<List<EventRead>> EventsAsync(AppDbContext db, int projectId, ReportingPeriod period, CancellationToken ct)
    {
        var (start, end) = (period.Start, period.End);
        var events = await db.ControlEvents.AsNoTracking()
            .Where(e => e.ProjectId == projectId && e.Status != ControlEventStatus.Cancelled
                        && (e.PlannedDate == null || e.PlannedDate <= end)
                        && !(e.Status == ControlEventStatus.Done && e.DoneOn < start && e.PlannedDate < start))
            .Select(e => new EventRead
            {
                Id = e.Id, Name = e.Name, PlannedDate = e.PlannedDate, Status = e.Status, DoneOn = e.DoneOn, SortOrder = e.SortOrder,
                PlanItemId = e.PlanItemId, PointName = e.PlanItem!.Name, PointKind = (PlanItemKind?)e.PlanItem.Kind, PointEnd = e.PlanItem.EndDate,
            })
            .ToListAsync(ct);
        var eventIds = events.Select(e => (int?)e.Id).ToList();
        var pointIds = events.Where(e => e.PointKind == PlanItemKind.ControlPoint).Select(e => e.PlanItemId).Distinct().ToList();
        var responsibles = events.Count == 0 ? [] : await db.Responsibles.AsNoTracking().Include(r => r.Person)
            .Where(r => eventIds.Contains(r.ControlEventId) || pointIds.Contains(r.PlanItemId))
            .ToListAsync(ct);
        var ofEvent = responsibles.Where(r => r.ControlEventId is not null).ToLookup(r => r.ControlEventId);
        var ofPoint = responsibles.Where(r => r.PlanItemId is not null).ToLookup(r => r.PlanItemId);
        foreach (var e in events)
        {
            e.Responsibles = e.PointKind == PlanItemKind.ControlPoint ? ofPoint[e.PlanItemId].ToList() : ofEvent[e.Id].ToList();
        }

        return events;
    }

    /// <summary>The periods of the same kind from January up to (not including) <paramref name="period"/>: what adds up to the cumulative actual.</summary>
    public static IReadOnlyList<ReportingPeriod> EarlierPeriods(ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var list = new List<ReportingPeriod>();
        for (var p = period.Previous(); p.Year == period.Year && period.Kind != ReportingPeriodKind.Year; p = p.Previous())
        {
            list.Insert(0, p);
        }

        return list;
    }

    /// <summary>The register's open high and critical risks (worst first), then its open problems: three queries.</summary>
    private static async Task<List<ReportRiskRow>> RegisterAsync(AppDbContext db, int projectId, RiskMatrix matrix, DateOnly today, CancellationToken ct)
    {
        var risks = await RiskRegisterQueries.OpenRisksAsync(db, [projectId], matrix, RiskLevel.High, ct);
        var problems = await RiskRegisterQueries.OpenProblemsAsync(db, [projectId], today, ct);
        var people = risks.Select(r => r.OwnerPersonId).Concat(problems.Select(p => p.ResponsiblePersonId)).OfType<int>().Distinct().ToList();
        var names = people.Count == 0
            ? new Dictionary<int, string>()
            : await db.People.AsNoTracking().Where(p => people.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, ct);
        string? Name(int? id) => id is { } key && names.TryGetValue(key, out var name) ? PersonNames.ToShortForm(name) : null;
        return risks
            .Select(r => new ReportRiskRow
            {
                Kind = ReportCaptions.RiskKind, Title = r.Title, State = RiskLabels.Level(r.Level), Responsible = Name(r.OwnerPersonId), Date = r.ReviewDate,
            })
            .Concat(problems.Select(p => new ReportRiskRow
            {
                Kind = ReportCaptions.ProblemKind,
                Title = p.Title,
                State = p.IsLate ? ReportCaptions.LateProblem : RiskLabels.ProblemStatus(ProblemStatus.Open),
                Responsible = Name(p.ResponsiblePersonId),
                Date = p.Deadline,
                Decision = p.Decision,
                IsLate = p.IsLate,
            }))
            .ToList();
    }

    private static List<ReportEventRow> EventRows(List<EventRead> events, ReportingPeriod period, ReportContent content)
    {
        var notes = content.Events.ToDictionary(n => n.ControlEventId);
        var asOf = period.End;
        return events
            // The event's own date, else its plan item's end (ControlEventStates.PlannedDateOrPoint).
            .Select(e => (Event: e, Planned: e.PlannedDate ?? e.PointEnd))
            .Where(x => ReportRules.Covers(period, x.Planned, x.Event.DoneOn, x.Event.Status))
            .OrderBy(x => x.Planned).ThenBy(x => x.Event.SortOrder).ThenBy(x => x.Event.Id)
            .Select((x, index) =>
            {
                var e = x.Event;
                var days = DeviationRules.DeviationDays(x.Planned, e.DoneOn, e.Status, asOf);
                var point = e.PointKind == PlanItemKind.ControlPoint;
                var responsible = PlanPrinting.Responsibles(e.Responsibles);
                notes.TryGetValue(e.Id, out var note);
                return new ReportEventRow
                {
                    ControlEventId = e.Id,
                    Number = string.Create(CultureInfo.InvariantCulture, $"{index + 1}."),
                    Name = (point ? e.PointName : null) ?? e.Name ?? e.PointName ?? "",
                    PlannedDate = x.Planned,
                    DoneOn = e.Status == ControlEventStatus.Done ? e.DoneOn : null,
                    DeviationDays = days,
                    IsLate = DeviationRules.IsLate(days),
                    Status = DeviationRules.EventStatusLabel(x.Planned, e.DoneOn, e.Status, asOf),
                    Responsible = responsible.Length == 0 ? null : responsible,
                    Explanation = note?.Explanation,
                    Measures = note?.Measures,
                };
            })
            .ToList();
    }

    private static List<ReportIndicatorRow> IndicatorRows(
        IEnumerable<(int Id, string Name, string? Unit, string? Target)> indicators, ReportingPeriod period, ReportContent content,
        IReadOnlyList<string> earlierCodes, Dictionary<string, ReportContent> earlier, DeviationThresholds thresholds)
    {
        var entries = content.Indicators.ToDictionary(i => i.IndicatorId);
        var number = 0;
        return indicators.Select(i =>
        {
            var accrual = DeviationRules.AccrualOf(i.Name, i.Unit);
            var target = PhraseTarget.Parse(i.Target);
            entries.TryGetValue(i.Id, out var entry);

            // The actual after each period of the year: a sum for a growing count, the latest value for a level.
            var chart = new List<ReportChartPoint>();
            decimal? running = null;
            foreach (var (code, value) in earlierCodes
                         .Select(code => (code, earlier.GetValueOrDefault(code)?.Indicators.FirstOrDefault(x => x.IndicatorId == i.Id)?.Actual))
                         .Append((period.Code, entry?.Actual)))
            {
                running = accrual == IndicatorAccrual.Cumulative
                    ? value is null ? running : (running ?? 0) + value
                    : value ?? running;
                chart.Add(new ReportChartPoint(ShortLabel(ReportingPeriod.Parse(code)!), running));
            }

            var compared = accrual == IndicatorAccrual.Cumulative ? running : entry?.Actual;
            var percent = DeviationRules.IndicatorPercent(target, compared, accrual, period.YearFraction);
            return new ReportIndicatorRow
            {
                IndicatorId = i.Id,
                Number = string.Create(CultureInfo.InvariantCulture, $"{++number}."),
                Name = i.Name,
                Unit = i.Unit,
                TargetText = i.Target,
                Target = target?.Value,
                Accrual = accrual,
                ActualText = entry?.ActualText,
                Cumulative = running,
                Percent = percent,
                Light = DeviationRules.Light(percent, thresholds),
                ForecastText = entry?.ForecastText,
                Chart = chart,
            };
        }).ToList();
    }

    private static (List<ReportBudgetRow> Rows, ReportBudgetRow Total) BudgetRows(
        List<FundingSource> sources, Dictionary<int, decimal> planned, ReportingPeriod period, ReportContent content,
        IReadOnlyList<string> earlierCodes, Dictionary<string, ReportContent> earlier, DeviationThresholds thresholds)
    {
        var entries = content.Budget.ToDictionary(b => b.FundingSourceId);
        var rows = new List<ReportBudgetRow>();
        foreach (var source in sources)
        {
            entries.TryGetValue(source.Id, out var entry);
            var before = earlierCodes.Sum(code =>
                earlier.GetValueOrDefault(code)?.Budget.FirstOrDefault(b => b.FundingSourceId == source.Id)?.Executed ?? 0m);
            var cumulative = before + (entry?.Executed ?? 0m);
            var plan = planned.TryGetValue(source.Id, out var value) ? value : (decimal?)null;

            // A source the project neither plans nor spends from is not a line of its report (archived sources included).
            if (plan is null && cumulative == 0 && entry?.ExecutedText is null)
            {
                continue;
            }

            rows.Add(Row(source.Id, source.Name, plan, entry?.ExecutedText, entry?.Executed, cumulative, period, thresholds));
        }

        var totalPlan = rows.Any(r => r.Planned is not null) ? rows.Sum(r => r.Planned ?? 0m) : (decimal?)null;
        var totalExecuted = rows.Any(r => r.Executed is not null) ? rows.Sum(r => r.Executed ?? 0m) : (decimal?)null;
        var total = Row(null, "Всего", totalPlan, null, totalExecuted, rows.Sum(r => r.Cumulative), period, thresholds);
        return (rows, total);
    }

    private static ReportBudgetRow Row(
        int? sourceId, string name, decimal? planned, string? executedText, decimal? executed, decimal cumulative,
        ReportingPeriod period, DeviationThresholds thresholds) => new()
    {
        FundingSourceId = sourceId,
        Source = name,
        Planned = planned,
        ExecutedText = executedText,
        Executed = executed,
        Cumulative = cumulative,
        PercentOfYear = planned is > 0 ? Math.Round(cumulative / planned.Value * 100m, 1, MidpointRounding.AwayFromZero) : null,
        Light = DeviationRules.Light(DeviationRules.BudgetPercent(planned, cumulative, period.YearFraction), thresholds),
        ExceedsPlan = (planned is not null || cumulative > 0) && DeviationRules.ExceedsPlan(planned, cumulative),
    };

    private static List<SignatureData> Signatures(IEnumerable<(MemberRole Role, string? Position, string Name)> signers, ProjectReport? report)
    {
        var list = signers.ToList();
        SignatureData Block(MemberRole role, string fallback, DateOnly? date)
        {
            var member = list.FirstOrDefault(s => s.Role == role);
            return new SignatureData
            {
                // The leader's block is titled «Руководитель проекта» already: its lines carry the position only.
                Kind = role == MemberRole.Curator ? SignatureKind.Agreed : SignatureKind.LeaderSignature,
                Position = role == MemberRole.Curator ? PassportLabels.Role(MemberRole.Curator) : member.Position ?? "",
                Organisation = role == MemberRole.Curator ? member.Position : null,
                Name = member.Name is { Length: > 0 } name ? PersonNames.ToShortForm(name) : fallback,
                Date = date,
            };
        }

        return
        [
            Block(MemberRole.Leader, "", report?.SubmittedOn),
            Block(MemberRole.Curator, "", report?.AgreedOn),
        ];
    }

    private static string ShortLabel(ReportingPeriod period) => period.Kind switch
    {
        ReportingPeriodKind.Month => period.Label[..3],
        ReportingPeriodKind.Quarter => period.Label.Split(' ')[0] + " кв.",
        _ => period.Code,
    };
}

/// <summary>What a report reads of a control event: its own fields, its plan item's and the executors that answer for it.</summary>
internal sealed class EventRead
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public DateOnly? PlannedDate { get; init; }

    public ControlEventStatus Status { get; init; }

    public DateOnly? DoneOn { get; init; }

    public int SortOrder { get; init; }

    public int? PlanItemId { get; init; }

    public string? PointName { get; init; }

    public PlanItemKind? PointKind { get; init; }

    public DateOnly? PointEnd { get; init; }

    /// <summary>The control point's executors when the event is linked to one, else the event's own.</summary>
    public IReadOnlyList<Responsible> Responsibles { get; set; } = [];
}
