namespace ProjectOffice.Web.Features.Mail;

/// <summary>A control event still planned, as the reminder pass reads it: the point's date when the event has none of its own.</summary>
public sealed record OpenEvent(int Id, int ProjectId, int? PlanItemId, string Name, DateOnly Planned);
