using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Indicators;

/// <summary>
/// Reads one project's «Показатели проекта» (now, or as approved in a version) into <see cref="IndicatorsFormData"/>.
/// The indicator rows are worded as the passport words them; the plan's rows are the printed plan's own rows
/// (<see cref="PlanFormQuery"/>: its numbers, headings and «наименование, единица измерения»), those with a planned result.
/// </summary>
public static class IndicatorsFormQuery
{
    public static async Task<IndicatorsFormData?> LoadAsync(AppDbContext db, int projectId, int? version, CancellationToken ct)
    {
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, Include, ct);
        return printed is null ? null : Build(printed);
    }

    /// <summary>
    /// What the form reads of a stored project: its indicators and their footnotes, and of what the printed plan reads
    /// the headings and items (not the plan's executors, signatures and footnotes, which this form does not print).
    /// </summary>
    public static IQueryable<Project> Include(IQueryable<Project> projects) => projects
        .Include(p => p.Indicators).ThenInclude(i => i.Values)
        .Include(p => p.Footnotes.Where(f => f.Form == FormKind.Indicators))
        .Include(p => p.Stages)
        .Include(p => p.Tasks)
        .Include(p => p.PlanItems);

    public static IndicatorsFormData Build(PrintedProject printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var project = printed.Project;
        var indicators = project.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToList();
        var footnotes = project.Footnotes.Where(f => f.Form == FormKind.Indicators).OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToList();
        var markers = footnotes.Where(f => f.IndicatorId is not null)
            .GroupBy(f => f.IndicatorId!.Value)
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(f => f.Marker)));
        var columns = Columns(indicators);
        var plan = PlanFormQuery.Build(printed);

        return new IndicatorsFormData
        {
            ProjectName = project.Name,
            LevelGenitive = ProjectLabels.LevelGenitive(project.Level),
            IsDraft = printed.IsDraft,
            ApprovedOn = printed.ApprovedOn,
            Version = printed.Version,
            Goal = string.IsNullOrWhiteSpace(project.Goal) ? null : project.Goal,
            Columns = columns,
            HasCumulative = indicators.Any(i => i.Cumulative),
            Indicators = indicators.Select((indicator, i) => new IndicatorsFormRow
            {
                Number = $"{i + 1}.",
                Name = indicator.PrintedName,
                Marker = markers.GetValueOrDefault(indicator.Id),
                Type = ProjectLabels.IndicatorType(indicator.Type),
                BaselineText = indicator.BaselineText,
                BaselineDate = indicator.BaselineDate,
                Values = columns.Select(column => Cell(indicator.Values.FirstOrDefault(v => v.Year == column.Year), column)).ToList(),
                Cumulative = indicator.Cumulative,
            }).ToList(),
            PlanYears = plan.Years,
            PlanRows = PlannedResults(plan.Rows),
            CaptionMarkers = footnotes.Where(f => f.Caption is not null)
                .GroupBy(f => f.Caption!)
                .ToDictionary(g => g.Key, g => string.Concat(g.Select(f => f.Marker))),
            Footnotes = footnotes.Where(f => f.Text is not null).Select(f => new FormFootnote(f.Marker, f.Text!)).ToList(),
        };
    }

    // One column per year; its caption is the period typed over the values of that year («на 01.01.2025») when they
    // agree, else the year, and a value typed for another period says so in its cell.
    private static List<IndicatorsFormColumn> Columns(List<Indicator> indicators) => indicators
        .SelectMany(i => i.Values)
        .GroupBy(v => v.Year)
        .OrderBy(g => g.Key)
        .Select(g =>
        {
            var periods = g.Select(v => v.PeriodText).Distinct().ToList();
            return new IndicatorsFormColumn(g.Key, periods is [{ } period] ? period : g.Key.ToString(System.Globalization.CultureInfo.InvariantCulture));
        })
        .ToList();

    private static string? Cell(IndicatorValue? value, IndicatorsFormColumn column) =>
        value?.PlannedText is not { } text ? null
        : value.PeriodText is { } period && period != column.Caption ? $"{text} ({period})"
        : text;

    // Rows with a planned result (a named result, a planned value or values by year), each after the headings above it.
    private static List<PlanFormRow> PlannedResults(IReadOnlyList<PlanFormRow> rows)
    {
        var kept = new List<PlanFormRow>();
        var headings = new List<PlanFormRow>(1);
        foreach (var row in rows)
        {
            if (row.Kind == PlanFormRowKind.Heading)
            {
                // Headings are one level (stages, tasks): a heading with no planned result under it is not printed.
                headings.Clear();
                headings.Add(row);
                continue;
            }

            if (row.Indicator is null && row.PlannedValue is null && row.YearValues.All(v => v.Length == 0))
            {
                continue;
            }

            kept.AddRange(headings);
            headings.Clear();
            kept.Add(row);
        }

        return kept;
    }
}
