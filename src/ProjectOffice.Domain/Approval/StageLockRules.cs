namespace ProjectOffice.Domain.Approval;

/// <summary>
/// Which plan items a closed stage freezes: a plan item belongs to the stage of the nearest stage node above it (or
/// itself), so a closed stage's node and everything under it are read-only (<see cref="StageWorkflow.IsReadOnly"/>).
/// </summary>
public static class StageLockRules
{
    public const string Message =
        "Этап закрыт куратором: его мероприятия и контрольные события изменить нельзя. Если нужно что-то исправить, попросите куратора снова открыть этап.";

    /// <summary>The ids of the items under a closed stage, out of the whole plan of a project.</summary>
    public static IReadOnlySet<int> LockedItems(IReadOnlyCollection<(int Id, int? ParentId, int? StageId)> items, IReadOnlySet<int> closedStageIds)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(closedStageIds);
        var locked = new HashSet<int>();
        if (closedStageIds.Count == 0)
        {
            return locked;
        }

        var byId = items.ToDictionary(i => i.Id);
        foreach (var item in items)
        {
            var current = item;
            // Bounded by the number of items, so that a broken parent chain cannot loop.
            for (var depth = 0; depth < byId.Count; depth++)
            {
                if (current.StageId is { } stageId)
                {
                    if (closedStageIds.Contains(stageId))
                    {
                        locked.Add(item.Id);
                    }

                    break;
                }

                if (current.ParentId is not { } parentId || !byId.TryGetValue(parentId, out current))
                {
                    break;
                }
            }
        }

        return locked;
    }
}
