using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Forms.Gantt;

/// <summary>A plan item as the chart draws it: its printed number, title, kind and dates (stages take the stage's dates).</summary>
public sealed record GanttItem(int Id, string Number, string Title, PlanItemKind Kind, DateOnly? Start, DateOnly? End);

/// <summary>A stage, drawn as a band over the chart body.</summary>
public sealed record GanttStage(int Number, DateOnly Start, DateOnly End);

/// <summary>A control event as the chart draws it: a diamond on its plan item's row (or a row of its own), coloured by its state.</summary>
public sealed record GanttEvent(int Number, int? PlanItemId, string Name, DateOnly? Date, ControlEventState State);
