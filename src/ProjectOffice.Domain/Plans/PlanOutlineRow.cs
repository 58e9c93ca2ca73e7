namespace ProjectOffice.Domain.Plans;

/// <summary>
/// A row of an uploaded plan placed in the tree: its kind, its parent (an index into the same list, -1 for the top
/// level), its number as typed in canonical form («1.», «1.1») and, for a stage, task or section heading, the name it
/// gives; <see cref="OwnNumber"/> is the number a row prints instead of the derived one («2.1а», "" for none).
/// </summary>
public sealed record PlanOutlineRow(PlanItemKind Kind, int ParentIndex, string Number, string? HeadingName, string? OwnNumber = null);
