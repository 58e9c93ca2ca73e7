namespace ProjectOffice.Forms.Reports;

/// <summary>
/// «Сводный отчет о ходе реализации проектов» for a period: a row per project with its lights, late events, indicator
/// and budget execution. The screen (the preview), the PDF, the XLSX and the portfolio's export all render this record.
/// </summary>
public sealed record SummaryDocument
{
    public required string Period { get; init; }
    public required string PeriodLabel { get; init; }
    public required IReadOnlyList<ProjectMonitoring> Rows { get; init; }
    public required string RuleText { get; init; }

    public string Title => $"Сводный отчет о ходе реализации проектов за {PeriodLabel}";

    public const string FormTitle = "СВОДНЫЙ ОТЧЕТ О ХОДЕ РЕАЛИЗАЦИИ ПРОЕКТОВ";

    public static IReadOnlyList<string> Columns { get; } =
    [
        "№ п/п", "Проект", "Куратор", "Организация руководителя", "Статус паспорта", "Контрольные события", "Просрочено событий",
        "Достижение показателей, %", "Исполнение бюджета, % от плана на дату", "Отчет за период",
    ];
}
