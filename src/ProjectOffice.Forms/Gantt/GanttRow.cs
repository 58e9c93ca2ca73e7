using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Forms.Gantt;

/// <summary>One line of the chart: a label, a bar (when the item has both dates), a diamond (only an end date) and its control events.</summary>
public sealed record GanttRow(
    int Y, string Number, string Label, string FullTitle, PlanItemKind? Kind, double? BarX, double? BarWidth, double? PointX,
    string? DatesText, IReadOnlyList<GanttDiamond> Events);
