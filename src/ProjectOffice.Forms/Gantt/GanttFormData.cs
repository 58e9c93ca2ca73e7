namespace ProjectOffice.Forms.Gantt;

/// <summary>The printed Gantt chart: the whole plan on one chart, with its legend, as of <see cref="Today"/>.</summary>
public sealed record GanttFormData
{
    public required string ProjectName { get; init; }
    public required string ProjectCaption { get; init; }
    public required bool IsDraft { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public int? Version { get; init; }
    public required DateOnly Today { get; init; }
    /// <summary>The chart cut into pages of rows, each page with the time axis and the legend.</summary>
    public required IReadOnlyList<GanttChart> Charts { get; init; }

    /// <summary>The rows of the chart as a table (the workbook's sheet): number, title, dates, control events on the row.</summary>
    public required IReadOnlyList<GanttItem> Items { get; init; }
    public required IReadOnlyList<GanttEvent> Events { get; init; }
}
