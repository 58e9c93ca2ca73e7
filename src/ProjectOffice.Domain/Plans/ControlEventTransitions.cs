using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Status changes of a control event: planned → done (actual date, who, when, comment) or cancelled (with a reason),
/// and back to planned. Each returns a Russian message when the change is not allowed, else null.
/// </summary>
public static class ControlEventTransitions
{
    public static string? MarkDone(this ControlEvent ev, DateOnly doneOn, string? comment, string userId, DateTimeOffset now, DateOnly today)
    {
        if (ev.Status == ControlEventStatus.Done)
        {
            return "Контрольное событие уже отмечено выполненным.";
        }

        if (ev.Status == ControlEventStatus.Cancelled)
        {
            return "Отменённое контрольное событие нельзя отметить выполненным: сначала верните его в план.";
        }

        if (doneOn > today)
        {
            return $"Фактическая дата не может быть позже сегодняшней ({RussianDates.Numeric(today)}).";
        }

        ev.Status = ControlEventStatus.Done;
        ev.DoneOn = doneOn;
        ev.Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        ev.DoneByUserId = userId;
        ev.DoneByPersonId = null;
        ev.MarkedAt = now;
        ev.CancelReason = null;
        return null;
    }

    public static string? Cancel(this ControlEvent ev, string? reason)
    {
        if (ev.Status == ControlEventStatus.Done)
        {
            return "Выполненное контрольное событие нельзя отменить: сначала снимите отметку о выполнении.";
        }

        if (ev.Status == ControlEventStatus.Cancelled)
        {
            return "Контрольное событие уже отменено.";
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Укажите причину отмены.";
        }

        ev.Status = ControlEventStatus.Cancelled;
        ev.CancelReason = reason.Trim();
        return null;
    }

    /// <summary>Un-marks a done event or restores a cancelled one; the evidence files stay attached.</summary>
    public static string? ReturnToPlan(this ControlEvent ev)
    {
        if (ev.Status == ControlEventStatus.Planned)
        {
            return "Контрольное событие и так запланировано.";
        }

        ev.Status = ControlEventStatus.Planned;
        ev.DoneOn = null;
        ev.DoneByUserId = null;
        ev.DoneByPersonId = null;
        ev.MarkedAt = null;
        ev.Comment = null;
        ev.CancelReason = null;
        return null;
    }

    public static string StatusName(ControlEventStatus status) => status switch
    {
        ControlEventStatus.Planned => "запланировано",
        ControlEventStatus.Done => "выполнено",
        ControlEventStatus.Cancelled => "отменено",
        _ => status.ToString(),
    };
}
