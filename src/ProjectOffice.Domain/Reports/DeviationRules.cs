using System.Globalization;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Domain.Reports;

/// <summary>
/// The deviation rules of monitoring, in one place: how late a control event is, how far an indicator and the budget
/// are from their pro-rata target, and which colour that makes. Reports, the summary and the portfolio all ask here,
/// and every table that colours by them prints <see cref="RuleText"/>.
/// </summary>
public static class DeviationRules
{
    /// <summary>
    /// Days between the planned date and the actual one (negative when done early), or, for an event not done by
    /// <paramref name="asOf"/>, the days it has been overdue; null when cancelled, undated or not due yet.
    /// An event done after <paramref name="asOf"/> counts as not done on that day.
    /// </summary>
    public static int? DeviationDays(DateOnly? planned, DateOnly? doneOn, ControlEventStatus status, DateOnly asOf)
    {
        if (status == ControlEventStatus.Cancelled || planned is not { } plan)
        {
            return null;
        }

        if (status == ControlEventStatus.Done && doneOn is { } done && done <= asOf)
        {
            return done.DayNumber - plan.DayNumber;
        }

        return asOf > plan ? asOf.DayNumber - plan.DayNumber : null;
    }

    /// <summary>Late: done after the planned date, or still not done after it.</summary>
    public static bool IsLate(int? deviationDays) => deviationDays > 0;

    /// <summary>«Выполнено», «Выполнено с опозданием», «Просрочено», «В срок ожидается», «Отменено» on <paramref name="asOf"/>.</summary>
    public static string EventStatusLabel(DateOnly? planned, DateOnly? doneOn, ControlEventStatus status, DateOnly asOf)
    {
        var days = DeviationDays(planned, doneOn, status, asOf);
        var done = status == ControlEventStatus.Done && doneOn <= asOf;
        return status switch
        {
            ControlEventStatus.Cancelled => ControlEventStates.Label(ControlEventState.Cancelled),
            _ when done && IsLate(days) => ControlEventStates.Label(ControlEventState.Done) + " с опозданием",
            _ when done => ControlEventStates.Label(ControlEventState.Done),
            _ when IsLate(days) => "Просрочено",
            _ => "Ожидается",
        };
    }

    /// <summary>The events' light: red when any is late, yellow when any falls due within 14 days, green otherwise.</summary>
    public static TrafficLight EventsLight(int lateCount, int dueSoonCount) =>
        lateCount > 0 ? TrafficLight.Red : dueSoonCount > 0 ? TrafficLight.Yellow : TrafficLight.Green;

    /// <summary>
    /// How much of its target an indicator reached, in percent, at the end of a period: a cumulative one against
    /// the year's target times <paramref name="yearFraction"/>, a level one against the whole target; «не более»
    /// targets are met while the actual stays at or under them. Null when there is no target or no actual.
    /// A zero target asked of nothing counts as met.
    /// </summary>
    public static decimal? IndicatorPercent(PhraseTarget? target, decimal? actual, IndicatorAccrual accrual, decimal yearFraction)
    {
        if (target is null || actual is not { } value)
        {
            return null;
        }

        if (target.Qualifier == TargetQualifier.AtMost)
        {
            return value <= target.Value ? 100m : value == 0 ? 0m : Round(target.Value / value * 100m);
        }

        var due = accrual == IndicatorAccrual.Cumulative ? target.Value * Clamp(yearFraction) : target.Value;
        return due <= 0 ? 100m : Round(value / due * 100m);
    }

    /// <summary>The budget executed against the pro-rata plan, in percent; null when nothing is planned for the year.</summary>
    public static decimal? BudgetPercent(decimal? plannedForYear, decimal executedCumulative, decimal yearFraction)
    {
        if (plannedForYear is not { } planned || planned <= 0)
        {
            return null;
        }

        return Round(executedCumulative / (planned * Clamp(yearFraction)) * 100m);
    }

    /// <summary>Executed above the year's plan: allowed, but the report flags it.</summary>
    public static bool ExceedsPlan(decimal? plannedForYear, decimal executedCumulative) =>
        executedCumulative > (plannedForYear ?? 0m);

    /// <summary>The colour of a percent of the pro-rata target; none when there is nothing to compare.</summary>
    public static TrafficLight Light(decimal? percent, DeviationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return percent switch
        {
            null => TrafficLight.None,
            { } p when p >= thresholds.GreenPercent => TrafficLight.Green,
            { } p when p >= thresholds.YellowPercent => TrafficLight.Yellow,
            _ => TrafficLight.Red,
        };
    }

    /// <summary>The rule as printed under every table coloured by it.</summary>
    public static string RuleText(DeviationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var green = thresholds.GreenPercent.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
        var yellow = thresholds.YellowPercent.ToString("0.##", CultureInfo.GetCultureInfo("ru-RU"));
        return $"Правило отклонений: контрольное событие просрочено, если не выполнено к плановой дате (отклонение — в календарных днях). "
               + $"Показатели и бюджет сравниваются с плановым значением года пропорционально прошедшим месяцам (показатели-уровни — с годовым значением целиком; "
               + $"«не более» — выполнено, пока факт не выше плана): зеленый — не менее {green} %, желтый — не менее {yellow} %, красный — ниже {yellow} %.";
    }

    /// <summary>«зеленый», «желтый», «красный», «нет данных»: the light in words, for print and screen readers.</summary>
    public static string LightLabel(TrafficLight light) => light switch
    {
        TrafficLight.Green => "зеленый",
        TrafficLight.Yellow => "желтый",
        TrafficLight.Red => "красный",
        TrafficLight.Grey => "отменено",
        _ => "нет данных",
    };

    /// <summary>A cumulative indicator says so in its name or unit («нарастающим итогом»); a share or percent is a level; a count adds up.</summary>
    public static IndicatorAccrual AccrualOf(string name, string? unit)
    {
        var text = $"{name} {unit}".ToLowerInvariant();
        if (text.Contains("нарастающ", StringComparison.Ordinal))
        {
            return IndicatorAccrual.Cumulative;
        }

        return text.Contains('%', StringComparison.Ordinal) || text.Contains("доля", StringComparison.Ordinal)
               || text.Contains("процент", StringComparison.Ordinal) || text.Contains("уровень", StringComparison.Ordinal)
            ? IndicatorAccrual.Level
            : IndicatorAccrual.Cumulative;
    }

    private static decimal Clamp(decimal fraction) => Math.Clamp(fraction, 0m, 1m);

    private static decimal Round(decimal percent) => Math.Round(percent, 1, MidpointRounding.AwayFromZero);
}
