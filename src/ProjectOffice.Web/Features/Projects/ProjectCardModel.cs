using System.Globalization;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Reports;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>
/// The read-only passport of one project, grouped as the paper form of its layout. Holds the project as loaded
/// (detached, every table ordered as printed) and what the card computes: budget tables with their totals,
/// the numbered participants, the year columns.
/// </summary>
public sealed class ProjectCardModel
{
    public required Project Project { get; init; }
    /// <summary>The user may edit this passport and it is a draft: the «Изменить» button shows.</summary>
    public required bool CanEdit { get; init; }

    /// <summary>For those who may edit it: why the passport is frozen now (under review or approved), else null.</summary>
    public string? FrozenReason { get; init; }

    /// <summary>Municipal item 20 (by stage) or national section 4 (by direction).</summary>
    public required BudgetTable Budget { get; init; }

    /// <summary>Financing sections of the additional materials, by section id.</summary>
    public required IReadOnlyDictionary<int, BudgetTable> Financing { get; init; }
    public required IReadOnlyList<ParticipantTableGroup> Participants { get; init; }

    /// <summary>«Период, год» columns of section 2: the union of the indicators' years.</summary>
    public required IReadOnlyList<int> IndicatorYears { get; init; }

    /// <summary>The year columns of Annex 2 (indicators by organisation).</summary>
    public required IReadOnlyList<int> BreakdownYears { get; init; }

    /// <summary>The register's state shown beside item 22 (the passport's text itself stays as approved).</summary>
    public RiskRegisterSummary? Risks { get; set; }

    /// <summary>Each indicator's target and actual by year as a small SVG chart (the report draws its periods the same way).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> IndicatorCharts { get; set; } = [];

    /// <summary>
    /// The charts of <see cref="IndicatorCharts"/>: the planned number of each year of the passport against the
    /// actual reported for that year (a whole-year actual first, else the latest one of the year's periods).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Charts(IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorActual> actuals)
    {
        var byIndicator = actuals.Where(a => a.Year is not null && a.Value is not null).ToLookup(a => a.IndicatorId);
        return indicators.Select(indicator =>
        {
            var reached = byIndicator[indicator.Id].GroupBy(a => a.Year!.Value).ToDictionary(
                g => g.Key, g => g.OrderBy(a => a.PeriodText is null).ThenBy(a => a.ReportedOn).ThenBy(a => a.Id).Last().Value);
            var bars = indicator.Values.Select(v => v.Year).Concat(reached.Keys).Distinct().Order()
                .Select(year => new IndicatorChartBar(
                    year.ToString(CultureInfo.InvariantCulture),
                    indicator.Values.FirstOrDefault(v => v.Year == year)?.Planned,
                    reached.GetValueOrDefault(year)))
                .ToList();
            var name = IndicatorName(indicator);
            return bars.Count == 0 ? (KeyValuePair<string, string>?)null
                : new KeyValuePair<string, string>(name, IndicatorChart.Svg($"{name}: план и факт по годам", bars));
        }).OfType<KeyValuePair<string, string>>().ToList();
    }

    /// <summary>«муниципального проекта» for the national captions.</summary>
    public string LevelGenitive => ProjectLabels.LevelGenitive(Project.Level);

    public bool HasIndicatorMethods => Project.Indicators.Any(HasMethod);

    public bool HasBreakdown => Project.Indicators.Any(i => i.Breakdown.Count > 0);

    /// <param name="mayEdit">The user holds EditPassport on this project (whatever its status).</param>
    public static ProjectCardModel Create(Project project, bool mayEdit)
    {
        var indicators = project.Indicators;
        var frozen = PassportFreeze.Reason(project.Status);
        return new ProjectCardModel
        {
            Project = project,
            CanEdit = mayEdit && frozen is null,
            FrozenReason = mayEdit ? frozen : null,
            Budget = project.Layout == ProjectLayout.Municipal ? BudgetTables.ByStage(project) : BudgetTables.ByDirection(project),
            Financing = project.Sections.Where(s => s.Kind == SectionKind.Financing).ToDictionary(
                s => s.Id,
                s => BudgetTables.Financing(project.BudgetItems.Where(i => i.SectionId == s.Id).OrderBy(i => i.SortOrder).ToList())),
            Participants = ParticipantTable.Groups(project),
            IndicatorYears = indicators.SelectMany(i => i.Values).Select(v => v.Year).Distinct().Order().ToList(),
            BreakdownYears = indicators.SelectMany(i => i.Breakdown).SelectMany(b => b.Values).Select(v => v.Year).Distinct().Order().ToList(),
        };
    }

    /// <summary>The person in a single role of the passport (items 7–13, section 1); rows of the participants table come second.</summary>
    public ProjectMember? Member(MemberRole role) =>
        Project.Members.Where(m => m.Role == role).OrderBy(m => m.GroupId is not null).ThenBy(m => m.SortOrder).FirstOrDefault();

    public IEnumerable<ProjectMember> Executors => Project.Members.Where(m => m.Role == MemberRole.Executor);

    public IReadOnlyList<string> List(ListItemKind kind) =>
        Project.ListItems.Where(i => i.Kind == kind).Select(i => i.Text).ToList();

    /// <summary>«1 этап. Подготовительный …» as item 19 prints it.</summary>
    public static string StageTitle(int index, Stage stage) =>
        $"{index + 1} этап. {stage.PrintedNames.FirstOrDefault(v => v.Form == FormKind.Passport)?.Text ?? stage.Name}";

    /// <summary>Section 2 prints the name with its unit unless the typed name already ends with it.</summary>
    public static string IndicatorName(Indicator indicator) => indicator.PrintedName;

    /// <summary>«Показатель N …» of Annex 2 and of the methods table, in the wording that form uses.</summary>
    public string IndicatorHeading(Indicator indicator, FormKind form) =>
        $"Показатель {Project.Indicators.IndexOf(indicator) + 1} " +
        (indicator.PrintedNames.FirstOrDefault(v => v.Form == form)?.Text ?? IndicatorName(indicator));

    public static bool HasMethod(Indicator i) =>
        new[] { i.MethodFormula, i.MethodBaseIndicators, i.DataSource, i.Collector, i.AggregationLevel, i.Periodicity, i.AdditionalInfo }
            .Any(text => !string.IsNullOrWhiteSpace(text));

    /// <summary>«ПРИЛОЖЕНИЕ № N» of a form, as the project numbers its annexes.</summary>
    public int? Annex(FormKind form) => Project.Forms.FirstOrDefault(f => f.Form == form)?.Annex;
}
