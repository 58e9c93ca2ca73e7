namespace ProjectOffice.Domain.Plans;

/// <summary>What a row of an uploaded plan and an existing plan item are matched by: kind, printed number, name.</summary>
public sealed record PlanMatchKey(PlanItemKind Kind, string Number, string Name);
