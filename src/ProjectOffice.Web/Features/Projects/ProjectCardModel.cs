using System.Globalization;
using ProjectOffice.Data.Risks;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Passport;
using ProjectOffice.Forms.Reports;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>
/// The passport card: the printed passport's own model (<see cref="PassportDocument"/>, rendered by the form's components
/// in screen mode) and what only the screen adds — the edit button, why the passport is frozen, the risk register's
/// state and the indicator charts.
/// </summary>
public sealed class ProjectCardModel
{
    public required PassportDocument Document { get; init; }

    public Project Project => Document.Project;

    /// <summary>The user may edit this passport and it is a draft: the «Изменить» button shows.</summary>
    public required bool CanEdit { get; init; }

    /// <summary>For those who may edit it: why the passport is frozen now (under review or approved), else null.</summary>
    public string? FrozenReason { get; init; }

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
            var name = indicator.PrintedName;
            return bars.Count == 0 ? (KeyValuePair<string, string>?)null
                : new KeyValuePair<string, string>(name, IndicatorChart.Svg($"{name}: план и факт по годам", bars));
        }).OfType<KeyValuePair<string, string>>().ToList();
    }

    /// <param name="mayEdit">The user holds EditPassport on this project (whatever its status).</param>
    public static ProjectCardModel Create(PassportDocument document, bool mayEdit)
    {
        ArgumentNullException.ThrowIfNull(document);
        var frozen = PassportFreeze.Reason(document.Project.Status);
        return new ProjectCardModel
        {
            Document = document,
            CanEdit = mayEdit && frozen is null,
            FrozenReason = mayEdit ? frozen : null,
        };
    }

    /// <summary>The national annexes are shown when they hold anything (Annex 2 rows or additional materials).</summary>
    public bool ShowsAnnexes => Document.Annexes is { } annexes && (annexes.Indicators.Count > 0 || annexes.Sections.Count > 0);
}
