namespace ProjectOffice.Domain.Plans;

/// <summary>
/// The completion mark («отметка о выполнении») a control event carries on the printed plan of control events:
/// its state on the day of printing, the actual date, who marked it and the comment (or the reason it was cancelled).
/// </summary>
public sealed record ControlEventMark(ControlEventState State, DateOnly? DoneOn, string? MarkedBy, string? Comment)
{
    public string StateLabel => ControlEventStates.Label(State);

    /// <summary>A mark worth printing: done, cancelled or overdue. A plan with none of these prints as the paper was signed.</summary>
    public bool IsNotable => State is ControlEventState.Done or ControlEventState.Cancelled or ControlEventState.Overdue;

    /// <summary>The lines of the mark as one cell prints them: «Выполнено», «факт: 12.03.2021», «отметил: …», the comment.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>(4) { StateLabel };
        if (DoneOn is { } done)
        {
            lines.Add($"факт: {RussianDate.Format(done)}");
        }

        if (!string.IsNullOrWhiteSpace(MarkedBy))
        {
            lines.Add($"отметил: {MarkedBy}");
        }

        if (!string.IsNullOrWhiteSpace(Comment))
        {
            lines.Add(Comment);
        }

        return lines;
    }

    /// <summary>The mark of an event on <paramref name="today"/>; a cancelled event's comment is its reason.</summary>
    public static ControlEventMark Of(ControlEvent ev, DateOnly? plannedDate, string? markedBy, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(ev);
        var state = ControlEventStates.Of(ev.Status, plannedDate, today);
        return state switch
        {
            ControlEventState.Done => new ControlEventMark(state, ev.DoneOn, markedBy, ev.Comment),
            ControlEventState.Cancelled => new ControlEventMark(state, null, null,
                string.IsNullOrWhiteSpace(ev.CancelReason) ? null : $"причина отмены: {ev.CancelReason}"),
            _ => new ControlEventMark(state, null, null, null),
        };
    }
}
