using System.Globalization;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Gantt;

/// <summary>
/// The Gantt chart of a plan laid out for a server-rendered SVG: a time axis of years and months, stages as
/// bands, items as bars, control events as diamonds, a line for today. Long plans are cut into pages of rows.
/// </summary>
public sealed class GanttChart
{
    public const int LabelWidth = 470;
    public const int ChartWidth = 900;
    public const int RowHeight = 22;
    public const int HeaderHeight = 44;
    private const int MaxMonthTickYears = 30;

    /// <summary>Three letters where a month is wide enough, its number where it is not: «М» alone could be March or May.</summary>
    private static readonly string[] MonthNames = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    /// <summary>How wide a month must be for three letters at 9px, and for a one- or two-digit number.</summary>
    public const double ThreeLettersWidth = 20, NumberWidth = 11;

    public required int Width { get; init; }
    public required int Height { get; init; }
    public required IReadOnlyList<GanttTick> Years { get; init; }
    public required IReadOnlyList<GanttTick> Months { get; init; }
    public required IReadOnlyList<GanttTick> StageBands { get; init; }
    public required IReadOnlyList<GanttRow> Rows { get; init; }
    public required double? TodayX { get; init; }
    public required DateOnly Today { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required int TotalRows { get; init; }

    /// <summary>SVG coordinates: invariant digits, whatever the page culture (ru-RU writes a decimal comma).</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Lays out the rows of one page (page 0: all rows on one page).</summary>
    public static GanttChart Build(
        IReadOnlyList<GanttItem> rows, IReadOnlyList<GanttStage> stages, IReadOnlyList<GanttEvent> events, DateRange project,
        DateOnly today, int page, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(stages);
        ArgumentNullException.ThrowIfNull(events);
        // Dates stored before the portal's years were enforced (31.12.9999 from an old import) are drawn at the edge of
        // those years: the axis stays finite and the page stays up, and the row's text still shows the real date.
        var dates = rows.SelectMany(r => new[] { r.Start, r.End }).Concat(events.Select(e => e.Date)).OfType<DateOnly>()
            .Append(project.Start).Append(project.End).Select(Clamp).ToList();
        var from = new DateOnly(dates.Min().Year, dates.Min().Month, 1);
        var lastMonth = new DateOnly(dates.Max().Year, dates.Max().Month, 1);
        var to = lastMonth.AddMonths(1);
        var scale = (double)ChartWidth / (to.DayNumber - from.DayNumber);
        double X(DateOnly date) => LabelWidth + ((Clamp(date).DayNumber - from.DayNumber) * scale);

        var eventsByItem = events.Where(e => e.PlanItemId is not null).ToLookup(e => e.PlanItemId);
        var itemIds = rows.Select(r => r.Id).ToHashSet();
        // Control events without a plan item on the chart get rows of their own after the plan.
        var lines = new List<(GanttItem? Row, GanttEvent? Event)>(rows.Select(r => ((GanttItem?)r, (GanttEvent?)null)));
        lines.AddRange(events.Where(e => e.PlanItemId is null || !itemIds.Contains(e.PlanItemId.Value)).Select(e => ((GanttItem?)null, (GanttEvent?)e)));
        var pageCount = pageSize <= 0 ? 1 : Math.Max(1, (lines.Count + pageSize - 1) / pageSize);
        page = Math.Clamp(page, 0, pageCount);
        var shown = page == 0 || pageSize <= 0 ? lines : lines.Skip((page - 1) * pageSize).Take(pageSize).ToList();

        var ganttRows = new List<GanttRow>(shown.Count);
        foreach (var (line, i) in shown.Select((l, i) => (l, i)))
        {
            var y = HeaderHeight + (i * RowHeight) + (RowHeight / 2);
            if (line.Row is { } row)
            {
                var diamonds = eventsByItem[row.Id].Where(e => e.Date is not null)
                    .Select(e => new GanttDiamond(X(e.Date!.Value), Describe(e), ControlEventStates.Light(e.State))).ToList();
                var hasBar = row.Start is not null && row.End is not null && row.End >= row.Start;
                ganttRows.Add(new GanttRow(
                    y, row.Number, Cut($"{row.Number} {row.Title}"), $"{row.Number} {row.Title}", row.Kind,
                    hasBar ? X(row.Start!.Value) : null,
                    hasBar ? Math.Max(2, X(Clamp(row.End!.Value).AddDays(1)) - X(row.Start!.Value)) : null,
                    !hasBar && row.End is { } end ? X(end) : null,
                    DatesText(row.Start, row.End), diamonds));
            }
            else if (line.Event is { } ev)
            {
                var label = $"КС {ev.Number}. {ev.Name}";
                ganttRows.Add(new GanttRow(
                    y, $"КС {ev.Number}.", Cut(label), label, null, null, null, null, DatesText(null, ev.Date),
                    ev.Date is { } date ? [new GanttDiamond(X(date), Describe(ev), ControlEventStates.Light(ev.State))] : []));
            }
        }

        return new GanttChart
        {
            Width = LabelWidth + ChartWidth + 10,
            Height = HeaderHeight + (Math.Max(1, ganttRows.Count) * RowHeight) + 4,
            Years = Ticks(from, to, d => d.AddYears(1), d => new DateOnly(d.Year, 1, 1), X, d => d.Year.ToString(CultureInfo.InvariantCulture)),
            // Month captions only where they can be read: a century of months would be 1,300 unreadable ticks.
            Months = to.Year - from.Year <= MaxMonthTickYears
                ? Ticks(from, to, d => d.AddMonths(1), d => d, X, d => MonthNames[d.Month - 1])
                    .Select(m => m with { Label = MonthCaption(m.Width, Array.IndexOf(MonthNames, m.Label) + 1, m.Label) }).ToList()
                : [],
            StageBands = stages.Select(s => new GanttTick(X(s.Start), X(Clamp(s.End).AddDays(1)) - X(s.Start), $"{s.Number} этап")).ToList(),
            Rows = ganttRows,
            TodayX = today >= from && today < to ? X(today) : null,
            Today = today,
            Page = page,
            PageCount = pageCount,
            TotalRows = lines.Count,
        };
    }

    private static DateOnly Clamp(DateOnly date) =>
        date < DateInput.Earliest ? DateInput.Earliest : date > DateInput.Latest ? DateInput.Latest : date;

    private static List<GanttTick> Ticks(
        DateOnly from, DateOnly to, Func<DateOnly, DateOnly> next, Func<DateOnly, DateOnly> startOf, Func<DateOnly, double> x, Func<DateOnly, string> label)
    {
        var ticks = new List<GanttTick>();
        for (var d = startOf(from); d < to; d = next(d))
        {
            var start = d < from ? from : d;
            var end = next(d) > to ? to : next(d);
            ticks.Add(new GanttTick(x(start), x(end) - x(start), label(d)));
        }

        return ticks;
    }

    /// <summary>«янв» when the month is wide enough, «1» when only a number fits, nothing when not even that does.</summary>
    public static string MonthCaption(double width, int month, string name) =>
        width >= ThreeLettersWidth ? name : width >= NumberWidth ? month.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>The «сегодня» caption stays inside the chart: to the left of the line near the right edge.</summary>
    public bool TodayCaptionOnLeft => TodayX is { } x && x + 50 > LabelWidth + ChartWidth;

    private static string Describe(GanttEvent e) =>
        $"КС {e.Number}. {e.Name} — {RussianDate.Format(e.Date)}, {ControlEventStates.Label(e.State).ToLowerInvariant()}";

    private static string? DatesText(DateOnly? start, DateOnly? end) =>
        start is null && end is null ? null : start is null ? RussianDate.Format(end) : $"{RussianDate.Format(start)} – {RussianDate.Format(end)}";

    // About 70 characters fit the label column at 11px.
    private static string Cut(string text) => text.Length <= 72 ? text : text[..70] + "…";
}
