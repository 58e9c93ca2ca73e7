using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Reports;

/// <summary>What a report holds and what its author must fill in, field by field (messages in Russian for the page).</summary>
public static class ReportRules
{
    public const int MaxTextLength = 4000;

    /// <summary>Why there is no report for this period: it ends before the project starts or starts after it ends.</summary>
    public static string? PeriodProblem(ReportingPeriod period, DateOnly projectStart, DateOnly projectEnd)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.End < projectStart)
        {
            return $"Проект начинается {RussianDate.Format(projectStart)}: отчет за {period.Label} не составляется.";
        }

        return period.Start > projectEnd
            ? $"Проект завершен {RussianDate.Format(projectEnd)}: отчет за {period.Label} не составляется."
            : null;
    }

    /// <summary>
    /// Events the report covers: those planned within the period, and earlier ones still not done at its start or
    /// done only within it (late ones carried over). Cancelled events are left out.
    /// </summary>
    public static bool Covers(ReportingPeriod period, DateOnly? planned, DateOnly? doneOn, ControlEventStatus status)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (status == ControlEventStatus.Cancelled || planned is not { } plan || plan > period.End)
        {
            return false;
        }

        return plan >= period.Start || status != ControlEventStatus.Done || doneOn is not { } done || done >= period.Start;
    }

    /// <summary>An executed amount as typed: its number, or why it cannot be taken (negative, not a number). Blank is no amount.</summary>
    public static (decimal? Value, string? Error) Executed(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || NumberPhrase.IsDash(text))
        {
            return (null, null);
        }

        if (NumberPhrase.Parse(text) is not { } value)
        {
            return (null, "Введите сумму числом, например 1,25 (млн рублей).");
        }

        return value < 0 ? (null, "Сумма исполнения не может быть отрицательной.") : (value, null);
    }

    /// <summary>An actual as typed keeps its text («Не менее 5», «нет данных»); its number is the one the text holds.</summary>
    public static decimal? ActualValue(string? text) => NumberPhrase.Parse(text);

    /// <summary>What a late event's explanation and corrective measures lack (both are required to submit).</summary>
    public static (string? Explanation, string? Measures) LateEventProblems(string? explanation, string? measures) =>
    (
        string.IsNullOrWhiteSpace(explanation) ? "Укажите причину отклонения от срока." : explanation.Length > MaxTextLength ? TooLong : null,
        string.IsNullOrWhiteSpace(measures) ? "Укажите корректирующие меры." : measures.Length > MaxTextLength ? TooLong : null
    );

    /// <summary>A free-text field too long to store.</summary>
    public static string? TextProblem(string? text) => text is { Length: > MaxTextLength } ? TooLong : null;

    private static string TooLong => $"Текст не должен быть длиннее {MaxTextLength} символов.";
}
