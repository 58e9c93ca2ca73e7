using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// The plan of one project as a tree that can be edited: add, move up/down, move under another parent, remove
/// with children. Every operation leaves each parent's children with SortOrder 0..n-1, because the numbers of
/// the printed plan are derived from that order. Items are related by ParentId; an item being added may be new
/// (Id 0), since it has no children yet.
/// </summary>
public sealed class PlanTree(ProjectLayout layout, IEnumerable<PlanItem> items)
{
    private readonly List<PlanItem> items = items.ToList();

    public ProjectLayout Layout { get; } = layout;

    public IReadOnlyList<PlanItem> Items => items;

    public PlanItem? Find(int id) => items.Find(i => i.Id == id);

    public PlanItem? ParentOf(PlanItem item) => item.ParentId is { } parentId ? Find(parentId) : null;

    public IReadOnlyList<PlanItem> ChildrenOf(PlanItem? parent) =>
        items.Where(i => i.ParentId == parent?.Id).OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToList();

    /// <summary>The item and everything under it, parents before children.</summary>
    public IReadOnlyList<PlanItem> Subtree(PlanItem item)
    {
        var result = new List<PlanItem> { item };
        for (var i = 0; i < result.Count; i++)
        {
            result.AddRange(ChildrenOf(result[i]));
        }

        return result;
    }

    /// <summary>Adds the item as the last child of parent (null: top level); a Russian message when its kind does not belong there.</summary>
    public string? Add(PlanItem item, PlanItem? parent)
    {
        if (!PlanShape.CanHold(Layout, parent?.Kind, item.Kind))
        {
            return WrongPlace(item.Kind, parent);
        }

        item.ParentId = parent?.Id;
        item.SortOrder = ChildrenOf(parent).Count;
        items.Add(item);
        return null;
    }

    public bool MoveUp(PlanItem item) => Swap(item, -1);

    public bool MoveDown(PlanItem item) => Swap(item, +1);

    /// <summary>Moves the item (with its children) to the end of another parent's children.</summary>
    public string? MoveTo(PlanItem item, PlanItem? newParent)
    {
        if (newParent is not null && Subtree(item).Contains(newParent))
        {
            return "Нельзя перенести пункт внутрь него самого.";
        }

        if (!PlanShape.CanHold(Layout, newParent?.Kind, item.Kind))
        {
            return WrongPlace(item.Kind, newParent);
        }

        if (item.ParentId == newParent?.Id)
        {
            return null;
        }

        var oldParent = ParentOf(item);
        item.SortOrder = ChildrenOf(newParent).Count;
        item.ParentId = newParent?.Id;
        Renumber(oldParent);
        return null;
    }

    /// <summary>Removes the item and everything under it; returns what was removed (to delete from the database).</summary>
    public IReadOnlyList<PlanItem> Remove(PlanItem item)
    {
        var removed = Subtree(item);
        var parent = ParentOf(item);
        items.RemoveAll(i => removed.Contains(i));
        Renumber(parent);
        return removed;
    }

    /// <summary>Where the item may be moved: every item of a kind that holds it, outside its own subtree; null stands for the top level.</summary>
    public IReadOnlyList<PlanItem?> PlacesFor(PlanItem item)
    {
        var own = Subtree(item);
        var places = new List<PlanItem?>();
        if (PlanShape.CanHold(Layout, null, item.Kind))
        {
            places.Add(null);
        }

        places.AddRange(items.Where(i => !own.Contains(i) && PlanShape.CanHold(Layout, i.Kind, item.Kind)));
        return places;
    }

    /// <summary>Makes the children of parent 0..n-1 in their current order.</summary>
    public void Renumber(PlanItem? parent)
    {
        var order = 0;
        foreach (var child in ChildrenOf(parent))
        {
            child.SortOrder = order++;
        }
    }

    private bool Swap(PlanItem item, int step)
    {
        var parent = ParentOf(item);
        Renumber(parent);
        var siblings = ChildrenOf(parent);
        var index = siblings.ToList().FindIndex(s => ReferenceEquals(s, item));
        var other = index + step;
        if (index < 0 || other < 0 || other >= siblings.Count)
        {
            return false;
        }

        (item.SortOrder, siblings[other].SortOrder) = (siblings[other].SortOrder, item.SortOrder);
        return true;
    }

    private static string WrongPlace(PlanItemKind kind, PlanItem? parent) =>
        parent is null
            ? $"«{PlanShape.KindName(kind)}» не может быть пунктом верхнего уровня плана."
            : $"«{PlanShape.KindName(kind)}» не может входить в «{PlanShape.KindName(parent.Kind)}».";
}
