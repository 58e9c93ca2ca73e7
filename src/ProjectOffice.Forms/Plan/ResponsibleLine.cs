namespace ProjectOffice.Forms.Plan;

/// <summary>
/// One responsible executor of a plan item or control event, read for printing: a person (name and position as
/// printed there) or an organisation named as text.
/// </summary>
public sealed record ResponsibleLine(int? PlanItemId, int? ControlEventId, int SortOrder, string? Name, string? Position, string? Text);
