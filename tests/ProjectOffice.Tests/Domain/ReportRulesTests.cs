using System.Globalization;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Tests.Domain;

/// <summary>Reporting periods, deviation rules and the report's workflow on the edge cases issue 16 names.</summary>
public sealed class ReportRulesTests
{
    private static readonly DeviationThresholds Thresholds = DeviationThresholds.Default;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2021-03", ReportingPeriodKind.Month, "2021-03-01", "2021-03-31", "март 2021 г.")]
    [InlineData("2021-Q1", ReportingPeriodKind.Quarter, "2021-01-01", "2021-03-31", "I квартал 2021 г.")]
    [InlineData("2021-q4", ReportingPeriodKind.Quarter, "2021-10-01", "2021-12-31", "IV квартал 2021 г.")]
    [InlineData("2020-02", ReportingPeriodKind.Month, "2020-02-01", "2020-02-29", "февраль 2020 г.")]
    [InlineData("2021", ReportingPeriodKind.Year, "2021-01-01", "2021-12-31", "2021 год")]
    public void Periods_of_every_kind_parse_by_one_rule(string code, ReportingPeriodKind kind, string start, string end, string label)
    {
        var period = ReportingPeriod.Parse(code)!;

        Assert.Equal(kind, period.Kind);
        Assert.Equal(D(start), period.Start);
        Assert.Equal(D(end), period.End);
        Assert.Equal(label, period.Label);
        Assert.Equal(code.ToUpperInvariant(), period.Code);
    }

    [Theory]
    [InlineData("2021-13")]
    [InlineData("2021-00")]
    [InlineData("2021-Q5")]
    [InlineData("2021-Q0")]
    [InlineData("21")]
    [InlineData("2021-3")]
    [InlineData("март")]
    [InlineData("")]
    public void Anything_else_is_not_a_period(string code) => Assert.Null(ReportingPeriod.Parse(code));

    [Theory]
    [InlineData("2021-01", 3, "2021-02-03")] // 1 Feb 2021 is a Monday
    [InlineData("2021-04", 3, "2021-05-05")] // 1 May 2021 is a Saturday: Mon 3, Tue 4, Wed 5
    [InlineData("2021-Q4", 1, "2022-01-03")] // 1 Jan 2022 is a Saturday
    public void Due_date_is_the_configured_working_day_of_the_next_month(string code, int day, string due) =>
        Assert.Equal(D(due), ReportingPeriod.Parse(code)!.DueDate(day));

    [Fact]
    public void The_reported_period_is_the_last_one_ended()
    {
        Assert.Equal("2021-02", ReportingPeriod.Reported(ReportingPeriodKind.Month, D("2021-03-03")).Code);
        Assert.Equal("2020-12", ReportingPeriod.Reported(ReportingPeriodKind.Month, D("2021-01-10")).Code);
        Assert.Equal("2020-Q4", ReportingPeriod.Reported(ReportingPeriodKind.Quarter, D("2021-02-01")).Code);
        Assert.Equal("2020", ReportingPeriod.Reported(ReportingPeriodKind.Year, D("2021-02-01")).Code);
    }

    [Theory]
    [InlineData("2021-03-10", "2021-03-05", ControlEventStatus.Done, "2021-03-31", -5, "Выполнено")]
    [InlineData("2021-03-10", "2021-03-10", ControlEventStatus.Done, "2021-03-31", 0, "Выполнено")]
    [InlineData("2021-03-10", "2021-03-14", ControlEventStatus.Done, "2021-03-31", 4, "Выполнено с опозданием")]
    [InlineData("2021-03-10", null, ControlEventStatus.Planned, "2021-03-31", 21, "Просрочено")]
    [InlineData("2021-03-31", null, ControlEventStatus.Planned, "2021-03-31", null, "Ожидается")]
    [InlineData("2021-03-10", "2021-04-02", ControlEventStatus.Done, "2021-03-31", 21, "Просрочено")] // done after the period
    [InlineData("2021-03-10", null, ControlEventStatus.Cancelled, "2021-03-31", null, "Отменено")]
    public void Events_done_early_late_or_never(string planned, string? done, ControlEventStatus status, string asOf, int? days, string label)
    {
        var doneOn = done is null ? (DateOnly?)null : D(done);

        Assert.Equal(days, DeviationRules.DeviationDays(D(planned), doneOn, status, D(asOf)));
        Assert.Equal(label, DeviationRules.EventStatusLabel(D(planned), doneOn, status, D(asOf)));
    }

    [Fact]
    public void An_undated_event_has_no_deviation() =>
        Assert.Null(DeviationRules.DeviationDays(null, null, ControlEventStatus.Planned, D("2021-03-31")));

    [Theory]
    [InlineData("Не менее 5", TargetQualifier.AtLeast, 5)]
    [InlineData("не ниже 0,75", TargetQualifier.AtLeast, 0.75)]
    [InlineData("Не более 2 %", TargetQualifier.AtMost, 2)]
    [InlineData("100", TargetQualifier.Exact, 100)]
    [InlineData("1 200", TargetQualifier.Exact, 1200)]
    public void Phrase_targets_keep_their_number_and_qualifier(string text, TargetQualifier qualifier, decimal value) =>
        Assert.Equal(new PhraseTarget(qualifier, value), PhraseTarget.Parse(text));

    [Theory]
    [InlineData("-")]
    [InlineData("по плану")]
    [InlineData("0,025 0,015")]
    [InlineData(null)]
    public void A_phrase_without_one_number_is_no_target(string? text) => Assert.Null(PhraseTarget.Parse(text));

    [Theory]
    // «Не менее 12» a year, cumulative, at the end of March (3/12): due 3.
    [InlineData("Не менее 12", 3, IndicatorAccrual.Cumulative, 3, 100, TrafficLight.Green)]
    [InlineData("Не менее 12", 2.85, IndicatorAccrual.Cumulative, 3, 95, TrafficLight.Green)]
    [InlineData("Не менее 12", 2.8, IndicatorAccrual.Cumulative, 3, 93.3, TrafficLight.Yellow)]
    [InlineData("Не менее 12", 2.4, IndicatorAccrual.Cumulative, 3, 80, TrafficLight.Yellow)]
    [InlineData("Не менее 12", 2, IndicatorAccrual.Cumulative, 3, 66.7, TrafficLight.Red)]
    // A level («доля, %») is held all year: compared with the whole target, not its share.
    [InlineData("70", 60, IndicatorAccrual.Level, 3, 85.7, TrafficLight.Yellow)]
    [InlineData("70", 70, IndicatorAccrual.Level, 3, 100, TrafficLight.Green)]
    // «Не более»: met while at or under it.
    [InlineData("Не более 2", 1, IndicatorAccrual.Level, 12, 100, TrafficLight.Green)]
    [InlineData("Не более 2", 4, IndicatorAccrual.Level, 12, 50, TrafficLight.Red)]
    // Zero targets: nothing asked is met; «не более 0» is broken by any actual.
    [InlineData("0", 0, IndicatorAccrual.Cumulative, 6, 100, TrafficLight.Green)]
    [InlineData("Не более 0", 1, IndicatorAccrual.Level, 6, 0, TrafficLight.Red)]
    [InlineData("Не более 0", 0, IndicatorAccrual.Level, 6, 100, TrafficLight.Green)]
    public void Indicator_lights_follow_the_pro_rata_target(
        string target, double actual, IndicatorAccrual accrual, int months, double percent, TrafficLight light)
    {
        var result = DeviationRules.IndicatorPercent(PhraseTarget.Parse(target), (decimal)actual, accrual, months / 12m);

        Assert.Equal((decimal)percent, result);
        Assert.Equal(light, DeviationRules.Light(result, Thresholds));
    }

    [Fact]
    public void No_actual_or_no_target_gives_no_light()
    {
        Assert.Null(DeviationRules.IndicatorPercent(PhraseTarget.Parse("5"), null, IndicatorAccrual.Cumulative, 1));
        Assert.Null(DeviationRules.IndicatorPercent(PhraseTarget.Parse("-"), 5, IndicatorAccrual.Cumulative, 1));
        Assert.Equal(TrafficLight.None, DeviationRules.Light(null, Thresholds));
    }

    [Theory]
    [InlineData("нарастающим итогом, человек", null, IndicatorAccrual.Cumulative)]
    [InlineData("Доля детей, охваченных программами", "%", IndicatorAccrual.Level)]
    [InlineData("Количество центров", "единиц", IndicatorAccrual.Cumulative)]
    public void Accrual_is_read_from_the_name_and_unit(string name, string? unit, IndicatorAccrual accrual) =>
        Assert.Equal(accrual, DeviationRules.AccrualOf(name, unit));

    [Fact]
    public void Budget_is_compared_with_its_pro_rata_plan_and_excess_is_flagged()
    {
        Assert.Equal(100m, DeviationRules.BudgetPercent(12m, 6m, 0.5m));
        Assert.Equal(TrafficLight.Red, DeviationRules.Light(DeviationRules.BudgetPercent(12m, 3m, 0.5m), Thresholds));
        Assert.Null(DeviationRules.BudgetPercent(null, 3m, 0.5m));
        Assert.Null(DeviationRules.BudgetPercent(0m, 3m, 0.5m));
        Assert.True(DeviationRules.ExceedsPlan(12m, 12.5m));
        Assert.False(DeviationRules.ExceedsPlan(12m, 12m));
        Assert.True(DeviationRules.ExceedsPlan(null, 0.1m));
    }

    [Fact]
    public void Office_thresholds_change_the_colour_and_the_printed_rule()
    {
        var strict = new DeviationThresholds(99m, 90m);

        Assert.Equal(TrafficLight.Yellow, DeviationRules.Light(96m, strict));
        Assert.Equal(TrafficLight.Green, DeviationRules.Light(96m, Thresholds));
        Assert.Contains("не менее 99 %", DeviationRules.RuleText(strict), StringComparison.Ordinal);
        Assert.NotNull(new DeviationThresholds(80m, 95m).Problem());
        Assert.Null(Thresholds.Problem());
    }

    [Theory]
    [InlineData("1,25", 1.25, null)]
    [InlineData("  ", null, null)]
    [InlineData("-", null, null)]
    [InlineData("-0,5", null, "Сумма исполнения не может быть отрицательной.")]
    [InlineData("много", null, "Введите сумму числом, например 1,25 (млн рублей).")]
    public void Executed_amounts_are_numbers_not_below_zero(string text, double? value, string? error)
    {
        var (parsed, problem) = ReportRules.Executed(text);

        Assert.Equal(value is null ? null : (decimal)value, parsed);
        Assert.Equal(error, problem);
    }

    [Fact]
    public void Periods_outside_the_project_are_refused()
    {
        var start = D("2020-02-01");
        var end = D("2021-12-31");

        Assert.Contains("начинается", ReportRules.PeriodProblem(ReportingPeriod.Parse("2020-01")!, start, end), StringComparison.Ordinal);
        Assert.Null(ReportRules.PeriodProblem(ReportingPeriod.Parse("2020-Q1")!, start, end));
        Assert.Null(ReportRules.PeriodProblem(ReportingPeriod.Parse("2021-12")!, start, end));
        Assert.Contains("завершен", ReportRules.PeriodProblem(ReportingPeriod.Parse("2022")!, start, end), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2021-03-15", null, ControlEventStatus.Planned, true)]     // planned within
    [InlineData("2021-01-15", null, ControlEventStatus.Planned, true)]     // overdue from before
    [InlineData("2021-01-15", "2021-03-02", ControlEventStatus.Done, true)] // late, done within
    [InlineData("2021-01-15", "2021-02-02", ControlEventStatus.Done, false)] // done before the period
    [InlineData("2021-04-01", null, ControlEventStatus.Planned, false)]     // later
    [InlineData("2021-03-15", null, ControlEventStatus.Cancelled, false)]
    public void A_report_covers_the_periods_events_and_earlier_late_ones(string planned, string? done, ControlEventStatus status, bool covered) =>
        Assert.Equal(covered, ReportRules.Covers(ReportingPeriod.Parse("2021-03")!, D(planned), done is null ? null : D(done), status));

    [Fact]
    public void Late_events_need_an_explanation_and_measures()
    {
        Assert.Equal(("Укажите причину отклонения от срока.", "Укажите корректирующие меры."), ReportRules.LateEventProblems(" ", null));
        Assert.Equal(((string?)null, (string?)null), ReportRules.LateEventProblems("Подрядчик", "Новый срок 10.04"));
    }

    [Fact]
    public void Separation_of_duties_in_the_report_workflow()
    {
        var report = new ProjectReport { Status = ReportStatus.Submitted, SubmittedByUserId = "leader" };

        Assert.NotNull(ReportWorkflow.Decide(report, ReportStep.Agree, null, "leader").Error);
        Assert.NotNull(ReportWorkflow.Decide(report, ReportStep.CuratorReturn, "исправить", "leader").Error);
        Assert.Equal(ReportStatus.Agreed, ReportWorkflow.Decide(report, ReportStep.Agree, null, "curator").Next);

        report.Status = ReportStatus.Agreed;
        report.AgreedByUserId = "curator";
        Assert.NotNull(ReportWorkflow.Decide(report, ReportStep.Accept, null, "curator").Error);
        Assert.Equal(ReportStatus.Accepted, ReportWorkflow.Decide(report, ReportStep.Accept, null, "office").Next);
    }

    [Fact]
    public void Returns_and_corrections_need_a_comment_and_steps_need_their_status()
    {
        var submitted = new ProjectReport { Status = ReportStatus.Submitted, SubmittedByUserId = "leader" };
        var accepted = new ProjectReport { Status = ReportStatus.Accepted };

        Assert.True(ReportWorkflow.Decide(submitted, ReportStep.CuratorReturn, " ", "curator").IsAboutComment);
        Assert.True(ReportWorkflow.Decide(accepted, ReportStep.Correct, null, "leader").IsAboutComment);
        Assert.Equal(ReportStatus.Draft, ReportWorkflow.Decide(accepted, ReportStep.Correct, "опечатка", "leader").Next);
        Assert.NotNull(ReportWorkflow.Decide(submitted, ReportStep.Accept, null, "office").Error);
        Assert.False(ReportWorkflow.IsEditable(ReportStatus.Submitted));
        Assert.True(ReportWorkflow.IsEditable(ReportStatus.Draft));
    }
}
