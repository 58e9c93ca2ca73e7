namespace ProjectOffice.Domain.Plans;

/// <summary>Where a plan item sits in the tree, and its own printed number if it has one: all that its number depends on.</summary>
public sealed record PlanNode(int Id, int? ParentId, PlanItemKind Kind, int SortOrder, string? PrintedNumber = null);
