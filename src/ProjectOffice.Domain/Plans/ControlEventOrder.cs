namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Control events are numbered 1…n by position and the municipal form groups them under stage headings, so
/// their order keeps stages together in stage order: a new event, or one moved to another stage, goes last in its stage.
/// </summary>
public static class ControlEventOrder
{
    public static void Renumber(IEnumerable<ControlEvent> events, IReadOnlyList<int> stageIdsInOrder, ControlEvent? placedLast = null)
    {
        var stageIndex = stageIdsInOrder.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var order = 0;
        foreach (var ev in events
                     .OrderBy(e => e.StageId is { } s && stageIndex.TryGetValue(s, out var i) ? i : int.MaxValue)
                     .ThenBy(e => ReferenceEquals(e, placedLast) ? 1 : 0)
                     .ThenBy(e => e.SortOrder)
                     .ThenBy(e => e.Id))
        {
            ev.SortOrder = order++;
        }
    }
}
