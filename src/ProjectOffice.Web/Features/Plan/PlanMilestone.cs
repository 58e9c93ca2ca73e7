using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>A control event as the Gantt chart draws it: a diamond on its plan item's row, coloured by its state.</summary>
public sealed record PlanMilestone(int Id, int Number, int? PlanItemId, string Name, DateOnly? Date, ControlEventState State);
