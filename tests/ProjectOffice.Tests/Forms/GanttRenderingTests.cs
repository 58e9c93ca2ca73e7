using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Forms.Gantt;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Forms;

/// <summary>The Gantt chart a signer reads: months he can tell apart, a legend for every colour, the «today» line, no sideways scrolling.</summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed partial class GanttRenderingTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private static readonly string[] MonthNames = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    [Fact]
    public void A_year_long_plan_names_its_months_with_three_letters()
    {
        var chart = Chart(new DateRange(new(2026, 1, 1), new(2026, 12, 31)), today: new(2026, 3, 15));

        Assert.Equal(MonthNames, chart.Months.Select(m => m.Label));
    }

    [Fact]
    public void A_long_plan_numbers_its_months_rather_than_cutting_them_to_one_letter()
    {
        var five = Chart(new DateRange(new(2022, 1, 1), new(2026, 12, 31)), today: new(2026, 3, 15));
        var ten = Chart(new DateRange(new(2017, 1, 1), new(2026, 12, 31)), today: new(2026, 3, 15));

        Assert.Equal(Enumerable.Range(1, 12).Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)), five.Months.Take(12).Select(m => m.Label));
        // Too narrow even for a number: the year row above says where the reader is.
        Assert.All(ten.Months, m => Assert.Equal("", m.Label));
    }

    [Fact]
    public async Task Every_colour_the_chart_draws_is_in_its_legend_and_the_today_line_is_drawn()
    {
        var page = await RenderAsync(Chart(new DateRange(new(2026, 1, 1), new(2026, 12, 31)), today: new(2026, 3, 15)));

        var chart = page.QuerySelector("[data-testid=gantt] svg.gantt")!;
        var legend = page.QuerySelector("[data-testid=gantt-legend]")!;
        var used = Colours(chart.QuerySelectorAll("*")).Except(GanttPalette.Structure).ToHashSet();
        var explained = Colours(legend.QuerySelectorAll("*")).ToHashSet();
        Assert.Subset(explained, used);
        // Every state of a control event is drawn here, so the check above covers all of them.
        Assert.Equal(5, chart.QuerySelectorAll("polygon.milestone").Select(p => p.GetAttribute("fill")).Distinct().Count());
        var today = chart.QuerySelector("g.today line")!;
        Assert.Equal(GanttPalette.Today, today.GetAttribute("stroke"));
        Assert.Equal("5 3", today.GetAttribute("stroke-dasharray"));
        Assert.Contains("сегодня, 15.03.2026", legend.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_that_ends_before_today_says_so_instead_of_promising_a_line()
    {
        var page = await RenderAsync(Chart(new DateRange(new(2020, 1, 1), new(2020, 12, 31)), today: new(2026, 3, 15)));

        Assert.Null(page.QuerySelector("g.today"));
        Assert.Contains("вне сроков плана", page.QuerySelector("[data-testid=gantt-legend]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chart_fits_its_box_and_nothing_is_drawn_beyond_its_width()
    {
        var page = await RenderAsync(Chart(new DateRange(new(2026, 1, 1), new(2026, 12, 31)), today: new(2026, 12, 30)));

        var svg = page.QuerySelector("[data-testid=gantt] svg.gantt")!;
        Assert.Equal("100%", svg.GetAttribute("width"));
        var width = double.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var rect in svg.QuerySelectorAll("rect"))
        {
            Assert.True(Number(rect, "x") + Number(rect, "width") <= width, rect.OuterHtml);
        }

        // Near the right edge the «сегодня» caption turns to the left of its line.
        Assert.Equal("end", svg.QuerySelector("g.today text")!.GetAttribute("text-anchor"));
    }

    [Fact]
    public async Task The_printed_gantt_reads_back_with_its_rows_months_and_legend()
    {
        var data = Form(Chart(new DateRange(new(2026, 1, 1), new(2026, 12, 31)), today: new(2026, 3, 15)));
        var html = await fixture.Renderer.RenderAsync<GanttForm>(new Dictionary<string, object> { [nameof(GanttForm.Data)] = data });

        var pdf = await fixture.Printer.PrintAsync(html, CancellationToken.None);

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("ДИАГРАММА ГАНТА", text, StringComparison.Ordinal);
        Assert.Contains("1.1. Мероприятие первое", text, StringComparison.Ordinal);
        Assert.Contains("мар", text, StringComparison.Ordinal);
        Assert.Contains("просрочено", text, StringComparison.Ordinal);
        Assert.Contains("сегодня, 15.03.2026", text, StringComparison.Ordinal);
    }

    private async Task<IDocument> RenderAsync(GanttChart chart)
    {
        var html = await fixture.Renderer.RenderAsync<GanttForm>(new Dictionary<string, object> { [nameof(GanttForm.Data)] = Form(chart) });
        return await BrowsingContext.New().OpenAsync(r => r.Content(html));
    }

    private static GanttFormData Form(GanttChart chart) => new()
    {
        ProjectName = "Проверка",
        ProjectCaption = "проекта",
        IsDraft = true,
        Today = chart.Today,
        Charts = [chart],
        Items = [],
        Events = [],
    };

    /// <summary>A stage, a result, two events and a point, and a control event in each state.</summary>
    private static GanttChart Chart(DateRange period, DateOnly today)
    {
        var start = period.Start;
        var end = period.End;
        GanttItem[] items =
        [
            new(1, "1.", "Этап", PlanItemKind.Stage, start, end),
            new(2, "1.1.", "Мероприятие первое", PlanItemKind.Event, start, start.AddMonths(2)),
            new(3, "1.2.", "Результат", PlanItemKind.Result, start.AddMonths(1), start.AddMonths(3)),
            new(4, "1.3.", "Точка", PlanItemKind.ControlPoint, null, start.AddMonths(4)),
        ];
        GanttEvent[] events =
        [
            new(1, 2, "Запланировано", start.AddMonths(2), ControlEventState.Planned),
            new(2, 2, "Скоро", start.AddMonths(2), ControlEventState.DueSoon),
            new(3, 3, "Просрочено", start.AddMonths(3), ControlEventState.Overdue),
            new(4, 3, "Выполнено", start.AddMonths(3), ControlEventState.Done),
            new(5, null, "Отменено", start.AddMonths(5), ControlEventState.Cancelled),
        ];
        return GanttChart.Build(items, [new GanttStage(1, start, end)], events, period, today, 0, 0);
    }

    private static IEnumerable<string> Colours(IEnumerable<IElement> elements) =>
        elements.SelectMany(e => new[] { e.GetAttribute("fill"), e.GetAttribute("stroke") }).OfType<string>().Where(c => HexColour().IsMatch(c));

    private static double Number(IElement element, string attribute) =>
        double.Parse(element.GetAttribute(attribute) ?? "0", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^#[0-9a-f]{6}$")]
    private static partial Regex HexColour();
}
