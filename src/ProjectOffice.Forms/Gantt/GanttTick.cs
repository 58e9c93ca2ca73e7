namespace ProjectOffice.Forms.Gantt;

/// <summary>A year or month division of the time axis, and a stage band over the chart body.</summary>
public sealed record GanttTick(double X, double Width, string Label);
