using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Domain.Notifications;

/// <summary>
/// Which open control events a daily pass reminds of. A person hears of an event a week and a day before (the
/// configured offsets, not every day in between), on the day itself, and every morning while it is late; the
/// curator hears once it is late by more than the escalation threshold.
/// </summary>
public static class ReminderRules
{
    public static ReminderReason Reason(ControlEventStatus status, DateOnly? planned, DateOnly today, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (status != ControlEventStatus.Planned || planned is not { } date)
        {
            return ReminderReason.None;
        }

        return ByDate(date, today, options);
    }

    /// <summary>
    /// The schedule on its own, for anything with a date that is reminded like a control event (a risk's review date):
    /// at the configured offsets ahead, on the day, every day once passed.
    /// </summary>
    public static ReminderReason ByDate(DateOnly date, DateOnly today, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var days = date.DayNumber - today.DayNumber;
        return days switch
        {
            < 0 => ReminderReason.Overdue,
            0 => ReminderReason.DueToday,
            _ when options.DueInDays.Contains(days) => ReminderReason.DueSoon,
            _ => ReminderReason.None,
        };
    }

    public static int DaysLate(DateOnly planned, DateOnly today) => Math.Max(0, today.DayNumber - planned.DayNumber);

    public static bool Escalates(ControlEventStatus status, DateOnly? planned, DateOnly today, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return status == ControlEventStatus.Planned && planned is { } date && DaysLate(date, today) > options.EscalateAfterDays;
    }

    /// <summary>
    /// The subject says what is inside: «3 контрольных события просрочены, 2 — в ближайшие 7 дней»
    /// (the due-today ones are counted as «сегодня»).
    /// </summary>
    public static string DigestSubject(int overdue, int dueToday, int dueSoon, int horizon)
    {
        var parts = new List<string>();
        if (overdue > 0)
        {
            parts.Add($"{overdue} {Events(overdue)} {(overdue % 10 == 1 && overdue % 100 != 11 ? "просрочено" : "просрочены")}");
        }

        if (dueToday > 0)
        {
            parts.Add(parts.Count == 0 ? $"{dueToday} {Events(dueToday)} — срок сегодня" : $"{dueToday} — срок сегодня");
        }

        if (dueSoon > 0)
        {
            var ahead = $"в ближайшие {horizon} {Days(horizon)}";
            parts.Add(parts.Count == 0 ? $"{dueSoon} {Events(dueSoon)} — {ahead}" : $"{dueSoon} — {ahead}");
        }

        return parts.Count == 0 ? "Контрольные события: напоминаний нет" : string.Join(", ", parts);
    }

    public static string EscalationSubject(int count, int projects) => EscalationSubject(count, 0, projects);

    /// <summary>«Эскалация: 2 контрольных события и 1 проблема просрочены более установленного срока (1 проект)».</summary>
    public static string EscalationSubject(int events, int problems, int projects)
    {
        var what = (events, problems) switch
        {
            (_, 0) => $"{events} {Events(events)} {(IsOne(events) ? "просрочено" : "просрочены")}",
            (0, _) => $"{problems} {Problems(problems)} {(IsOne(problems) ? "просрочена" : "просрочены")}",
            _ => $"{events} {Events(events)} и {problems} {Problems(problems)} просрочены",
        };
        return $"Эскалация: {what} более установленного срока ({projects} {Plural(projects, "проект", "проекта", "проектов")})";
    }

    public static string Problems(int n) => Plural(n, "проблема", "проблемы", "проблем");

    private static bool IsOne(int n) => n % 10 == 1 && n % 100 != 11;

    public static string Events(int n) => Plural(n, "контрольное событие", "контрольных события", "контрольных событий");

    public static string Days(int n) => Plural(n, "день", "дня", "дней");

    public static string Plural(int n, string one, string few, string many)
    {
        var tens = n % 100;
        var units = n % 10;
        return tens is >= 11 and <= 14 ? many : units switch
        {
            1 => one,
            >= 2 and <= 4 => few,
            _ => many,
        };
    }
}
