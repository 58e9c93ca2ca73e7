using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>
/// What the plan page's «ещё» of one row opens: the item's less frequent actions (move elsewhere, delete, add nested
/// items), kept off the plan page so that a thousand rows do not carry them each.
/// </summary>
public sealed class ItemActionsPage
{
    public required ProjectHeader Project { get; init; }
    public required PlanRow Row { get; init; }
    public required IReadOnlyList<PlanItemKind> ChildKinds { get; init; }
}
