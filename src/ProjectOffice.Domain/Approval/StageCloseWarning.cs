using ProjectOffice.Domain.Notifications;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Domain.Approval;

/// <summary>
/// What the curator is told before closing a stage: its control events not done yet, and how many of them are overdue.
/// A warning, not a refusal: a stage may be closed with events left undone (the curator decides).
/// </summary>
public static class StageCloseWarning
{
    /// <summary>Counts the planned events of a stage (done and cancelled ones are settled) on <paramref name="today"/>.</summary>
    public static (int Undone, int Overdue) Count(IEnumerable<(ControlEventStatus Status, DateOnly? Date)> events, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(events);
        var undone = 0;
        var overdue = 0;
        foreach (var (status, date) in events)
        {
            var state = ControlEventStates.Of(status, date, today);
            if (state is ControlEventState.Done or ControlEventState.Cancelled)
            {
                continue;
            }

            undone++;
            if (state == ControlEventState.Overdue)
            {
                overdue++;
            }
        }

        return (undone, overdue);
    }

    /// <summary>«В этапе не выполнено 3 контрольных события, из них просрочено 2.»; null when all are settled.</summary>
    public static string? Text(int undone, int overdue) => undone switch
    {
        0 => null,
        _ => $"В этапе не выполнено {undone} {ReminderRules.Events(undone)}"
             + (overdue == 0 ? "." : overdue == undone ? (undone == 1 ? ", оно просрочено." : ", все просрочены.") : $", из них просрочено {overdue}.")
             + " Этап можно закрыть, но эти события останутся невыполненными.",
    };
}
