using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Notifications;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Tests.Domain;

public sealed class ReminderRulesTests
{
    private static readonly DateOnly Today = new(2021, 6, 20);
    private static readonly ReminderOptions Options = ReminderOptions.Default;

    [Theory]
    [InlineData(7, ReminderReason.DueSoon)]
    [InlineData(1, ReminderReason.DueSoon)]
    [InlineData(0, ReminderReason.DueToday)]
    [InlineData(-1, ReminderReason.Overdue)]
    [InlineData(-400, ReminderReason.Overdue)]
    [InlineData(2, ReminderReason.None)]
    [InlineData(6, ReminderReason.None)]
    [InlineData(8, ReminderReason.None)]
    public void A_planned_event_is_reminded_a_week_and_a_day_ahead_on_the_day_and_every_day_late(int daysAhead, ReminderReason expected) =>
        Assert.Equal(expected, ReminderRules.Reason(ControlEventStatus.Planned, Today.AddDays(daysAhead), Today, Options));

    [Theory]
    [InlineData(ControlEventStatus.Done)]
    [InlineData(ControlEventStatus.Cancelled)]
    public void Done_and_cancelled_events_are_never_reminded(ControlEventStatus status)
    {
        Assert.Equal(ReminderReason.None, ReminderRules.Reason(status, Today.AddDays(-3), Today, Options));
        Assert.False(ReminderRules.Escalates(status, Today.AddDays(-100), Today, Options));
    }

    [Fact]
    public void An_event_without_a_date_is_never_reminded() =>
        Assert.Equal(ReminderReason.None, ReminderRules.Reason(ControlEventStatus.Planned, null, Today, Options));

    [Fact]
    public void Configured_offsets_replace_the_defaults()
    {
        var options = new ReminderOptions([3], 5);
        Assert.Equal(ReminderReason.DueSoon, ReminderRules.Reason(ControlEventStatus.Planned, Today.AddDays(3), Today, options));
        Assert.Equal(ReminderReason.None, ReminderRules.Reason(ControlEventStatus.Planned, Today.AddDays(7), Today, options));
        Assert.Equal(3, options.Horizon);
    }

    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void The_curator_hears_once_an_event_is_late_by_more_than_the_threshold(int daysLate, bool escalates) =>
        Assert.Equal(escalates, ReminderRules.Escalates(ControlEventStatus.Planned, Today.AddDays(-daysLate), Today, Options));

    [Theory]
    [InlineData(3, 0, 2, "3 контрольных события просрочены, 2 — в ближайшие 7 дней")]
    [InlineData(1, 0, 0, "1 контрольное событие просрочено")]
    [InlineData(5, 1, 0, "5 контрольных событий просрочены, 1 — срок сегодня")]
    [InlineData(11, 0, 0, "11 контрольных событий просрочены")]
    [InlineData(0, 0, 21, "21 контрольное событие — в ближайшие 7 дней")]
    [InlineData(0, 2, 0, "2 контрольных события — срок сегодня")]
    public void The_subject_says_what_is_inside(int overdue, int today, int soon, string expected) =>
        Assert.Equal(expected, ReminderRules.DigestSubject(overdue, today, soon, 7));

    [Theory]
    [InlineData(RiskStatus.Open, 1, ReminderReason.DueSoon)]
    [InlineData(RiskStatus.Monitoring, 7, ReminderReason.DueSoon)]
    [InlineData(RiskStatus.Open, 3, ReminderReason.None)]
    [InlineData(RiskStatus.Open, 0, ReminderReason.DueToday)]
    [InlineData(RiskStatus.Monitoring, -30, ReminderReason.Overdue)]
    [InlineData(RiskStatus.Occurred, -1, ReminderReason.None)]
    [InlineData(RiskStatus.Closed, 1, ReminderReason.None)]
    public void A_risk_review_is_reminded_like_an_event_while_the_risk_is_open(RiskStatus status, int daysAhead, ReminderReason expected) =>
        Assert.Equal(expected, RiskReminderRules.ReviewReason(status, Today.AddDays(daysAhead), Today, Options));

    [Theory]
    [InlineData(ProblemStatus.Open, 14, false)]
    [InlineData(ProblemStatus.Open, 15, true)]
    [InlineData(ProblemStatus.Resolved, 100, false)]
    public void A_late_problem_reaches_the_curator_after_the_threshold_like_an_event(ProblemStatus status, int daysLate, bool escalates) =>
        Assert.Equal(escalates, RiskReminderRules.ProblemEscalates(status, Today.AddDays(-daysLate), Today, Options));

    [Theory]
    [InlineData(1, 0, "1 риск к пересмотру")]
    [InlineData(3, 2, "3 риска к пересмотру, 2 проблемы просрочены")]
    [InlineData(0, 1, "1 проблема просрочена")]
    [InlineData(11, 21, "11 рисков к пересмотру, 21 проблема просрочена")]
    public void The_register_digest_subject_says_what_is_inside(int reviews, int problems, string expected) =>
        Assert.Equal(expected, RiskReminderRules.Subject(reviews, problems));

    [Theory]
    [InlineData(3, 0, 1, "Эскалация: 3 контрольных события просрочены более установленного срока (1 проект)")]
    [InlineData(0, 1, 2, "Эскалация: 1 проблема просрочена более установленного срока (2 проекта)")]
    [InlineData(1, 2, 1, "Эскалация: 1 контрольное событие и 2 проблемы просрочены более установленного срока (1 проект)")]
    public void The_escalation_subject_counts_events_and_problems(int events, int problems, int projects, string expected) =>
        Assert.Equal(expected, ReminderRules.EscalationSubject(events, problems, projects));

    [Fact]
    public void Retries_double_up_to_the_longest_delay_and_give_up_after_the_last_attempt()
    {
        var schedule = new RetrySchedule(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(5), 4);
        Assert.Equal(TimeSpan.FromSeconds(30), schedule.DelayAfter(1));
        Assert.Equal(TimeSpan.FromSeconds(60), schedule.DelayAfter(2));
        Assert.Equal(TimeSpan.FromMinutes(4), schedule.DelayAfter(4));
        Assert.Equal(TimeSpan.FromMinutes(5), schedule.DelayAfter(5));
        Assert.Equal(TimeSpan.FromMinutes(5), schedule.DelayAfter(500));
        Assert.False(schedule.GivesUp(3));
        Assert.True(schedule.GivesUp(4));
    }

    [Theory]
    [InlineData(DecisionKind.Submitted, "AgreePassport", NotificationKinds.Passport)]
    [InlineData(DecisionKind.Agreed, "ApprovePassport", NotificationKinds.Passport)]
    [InlineData(DecisionKind.ReturnedByCurator, "SubmitPassport", NotificationKinds.Passport)]
    [InlineData(DecisionKind.StageReported, "CloseStage", NotificationKinds.Stages)]
    [InlineData(DecisionKind.StageReturned, "ReportStage", NotificationKinds.Stages)]
    public void A_decision_is_mailed_to_those_whose_turn_it_is(DecisionKind decision, string permission, string kind)
    {
        Assert.Equal(permission, DecisionNotices.Audience(decision));
        Assert.Equal(kind, DecisionNotices.Kind(decision));
    }
}
