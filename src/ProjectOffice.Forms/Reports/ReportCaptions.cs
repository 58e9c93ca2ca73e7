using System.Globalization;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Forms.Formatting;

namespace ProjectOffice.Forms.Reports;

/// <summary>
/// The report's headings, column captions and cell texts, named once: the report page, the printed form and the
/// workbook all take them from here (issue 14: no caption written twice).
/// </summary>
public static class ReportCaptions
{
    public const string FormTitle = "ОТЧЕТ О ХОДЕ РЕАЛИЗАЦИИ ПРОЕКТА";
    public const string EventsHeading = "1. Контрольные события";
    public const string IndicatorsHeading = "2. Показатели проекта";
    public const string BudgetHeading = "3. Исполнение бюджета";
    public const string RisksHeading = "4. Риски и проблемы";
    public const string RegisterRisksCaption = "Открытые риски высокого и критического уровня и открытые проблемы (реестр рисков):";
    public const string RiskKind = "Риск";
    public const string ProblemKind = "Проблема";
    public const string LateProblem = "просрочена";

    public static IReadOnlyList<string> RiskColumns { get; } =
    [
        "Вид", "Риск / проблема", "Уровень / состояние", "Ответственный", "Дата пересмотра / срок решения", "Решение",
    ];
    public const string ProposalsHeading = "5. Предложения";
    public const string Nothing = "Нет.";

    public static IReadOnlyList<string> EventColumns { get; } =
    [
        "№ п/п", "Контрольное событие", "Плановая дата", "Фактическая дата", "Отклонение, дней", "Статус", "Ответственный",
        "Причина отклонения", "Корректирующие меры",
    ];

    public static IReadOnlyList<string> IndicatorColumns { get; } =
    [
        "№ п/п", "Показатель", "Единица измерения", "Плановое значение на год", "Факт за период", "Факт с начала года",
        "% от планового значения на дату", "Прогноз на конец года",
    ];

    public static IReadOnlyList<string> BudgetColumns { get; } =
    [
        "Источник финансирования", "План на год, млн руб.", "Кассовое исполнение за период, млн руб.",
        "Кассовое исполнение с начала года, млн руб.", "% исполнения годового плана",
    ];

    public const string ExceedsPlanNote = "исполнение выше годового плана";

    /// <summary>«за март 2021 г.» under the title, with the project's caption and name.</summary>
    public static string Subtitle(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return $"{document.ProjectCaption} «{document.ProjectName}» за {document.PeriodLabel}";
    }

    /// <summary>«Редакция 2 · Принят» and the due date: what the page and the print say about the report itself.</summary>
    public static string StatusLine(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var revision = document.Revision > 1 ? string.Create(CultureInfo.InvariantCulture, $"Редакция {document.Revision}. ") : "";
        return $"{revision}Статус: {ReportWorkflow.StatusLabel(document.Status)}. Срок представления: {RussianDates.Numeric(document.DueDate)}.";
    }

    public static string Date(DateOnly? date) => date is { } d ? RussianDates.Numeric(d) : "—";

    public static string Days(int? days) => days switch
    {
        null => "—",
        > 0 => string.Create(CultureInfo.InvariantCulture, $"+{days}"),
        _ => days.Value.ToString(CultureInfo.InvariantCulture),
    };

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.###", RussianFormat.Culture) : "—";

    public static string Percent(decimal? value) => value is { } v ? v.ToString("0.#", RussianFormat.Culture) + " %" : "—";

    /// <summary>A light in words, printed beside its colour (the print may be black and white).</summary>
    public static string Light(TrafficLight light) => DeviationRules.LightLabel(light);

    /// <summary>The CSS class of a light: the page and the print colour the same way.</summary>
    public static string LightClass(TrafficLight light) => "light-" + light.ToString().ToLowerInvariant();
}
