using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Domain.Notifications;

/// <summary>
/// The register in the daily pass (kind <see cref="NotificationKinds.Risks"/>): an open risk's review date is reminded to
/// its owner like a control event's date (a week and a day ahead, on the day, every day once passed); an open problem past
/// its deadline is reminded to its responsible every day, and to the project's curator once it is late by more than the
/// escalation threshold, as late events are.
/// </summary>
public static class RiskReminderRules
{
    public static ReminderReason ReviewReason(RiskStatus status, DateOnly? reviewDate, DateOnly today, ReminderOptions options) =>
        RiskRules.IsOpen(status) && reviewDate is { } date ? ReminderRules.ByDate(date, today, options) : ReminderReason.None;

    public static bool ProblemEscalates(ProblemStatus status, DateOnly? deadline, DateOnly today, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return RiskRules.IsLate(status, deadline, today) && ReminderRules.DaysLate(deadline!.Value, today) > options.EscalateAfterDays;
    }

    /// <summary>«2 риска к пересмотру, 1 проблема просрочена».</summary>
    public static string Subject(int reviews, int lateProblems)
    {
        var parts = new List<string>();
        if (reviews > 0)
        {
            parts.Add($"{reviews} {ReminderRules.Plural(reviews, "риск", "риска", "рисков")} к пересмотру");
        }

        if (lateProblems > 0)
        {
            var one = lateProblems % 10 == 1 && lateProblems % 100 != 11;
            parts.Add($"{lateProblems} {ReminderRules.Problems(lateProblems)} {(one ? "просрочена" : "просрочены")}");
        }

        return parts.Count == 0 ? "Риски и проблемы: напоминаний нет" : string.Join(", ", parts);
    }
}
