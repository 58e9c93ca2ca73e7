using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Forms.Gantt;

/// <summary>
/// Every colour the chart draws with, and what the legend says of it. A colour that means something is in
/// <see cref="Legend"/>; the greys of the grid and captions are <see cref="Structure"/> and mean nothing.
/// </summary>
public static class GanttPalette
{
    public const string StageBand = "#e7f1ff";
    public const string StageBar = "#0a58ca";
    public const string ResultBar = "#6f42c1";
    public const string ItemBar = "#6ea8fe";
    public const string PointFill = "#ffffff";
    public const string PointStroke = "#495057";
    public const string MilestoneStroke = "#212529";

    /// <summary>Magenta, dashed: not the red of an overdue event, so the line and the diamonds are not confused.</summary>
    public const string Today = "#d63384";

    public const string GridFill = "#f1f3f5";
    public const string GridStroke = "#ced4da";
    public const string GridLine = "#e9ecef";
    public const string Caption = "#6c757d";

    public static readonly IReadOnlyList<string> Structure = [GridFill, GridStroke, GridLine, Caption, "#000000", "none"];

    public static string Milestone(TrafficLight light) => light switch
    {
        TrafficLight.Green => "#198754",
        TrafficLight.Yellow => "#e0a800",
        TrafficLight.Red => "#dc3545",
        TrafficLight.Grey => "#adb5bd",
        _ => "#ffffff",
    };

    public static string Bar(PlanItemKind? kind) => kind switch
    {
        PlanItemKind.Stage => StageBar,
        PlanItemKind.Result => ResultBar,
        _ => ItemBar,
    };

    /// <summary>The legend, in the order it is read; each swatch is drawn with exactly the colours the chart uses.</summary>
    public static IReadOnlyList<GanttLegendEntry> Legend(bool todayShown) =>
    [
        new(GanttSwatch.Band, StageBand, null, "этап"),
        new(GanttSwatch.Bar, StageBar, null, "срок этапа"),
        new(GanttSwatch.Bar, ResultBar, null, "срок результата"),
        new(GanttSwatch.Bar, ItemBar, null, "срок мероприятия, задачи"),
        new(GanttSwatch.Diamond, PointFill, PointStroke, "пункт плана только с датой окончания"),
        new(GanttSwatch.Diamond, Milestone(TrafficLight.None), MilestoneStroke, "контрольное событие: запланировано"),
        new(GanttSwatch.Diamond, Milestone(TrafficLight.Yellow), MilestoneStroke, $"срок в ближайшие {ControlEventStates.DueSoonDays} дней"),
        new(GanttSwatch.Diamond, Milestone(TrafficLight.Red), MilestoneStroke, "просрочено"),
        new(GanttSwatch.Diamond, Milestone(TrafficLight.Green), MilestoneStroke, "выполнено"),
        new(GanttSwatch.Diamond, Milestone(TrafficLight.Grey), MilestoneStroke, "отменено"),
        .. todayShown ? new GanttLegendEntry[] { new(GanttSwatch.TodayLine, Today, null, "сегодня") } : [],
    ];
}

public enum GanttSwatch
{
    Band = 1,
    Bar = 2,
    Diamond = 3,
    TodayLine = 4,
}

public sealed record GanttLegendEntry(GanttSwatch Swatch, string Fill, string? Stroke, string Text);
