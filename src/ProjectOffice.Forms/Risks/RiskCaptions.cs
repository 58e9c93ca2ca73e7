namespace ProjectOffice.Forms.Risks;

/// <summary>The register's words, written once: the page, the preview, the PDF and the workbook all take them from here.</summary>
public static class RiskCaptions
{
    public const string FormTitle = "Реестр рисков проекта";
    public const string Heading = "РЕЕСТР РИСКОВ И ПРОБЛЕМ";
    public const string HeatMap = "Карта рисков: открытые риски по вероятности и влиянию";
    public const string Probability = "Вероятность";
    public const string Impact = "Влияние";
    public const string ProblemsHeading = "Проблемы";
    public const string NoRisks = "Рисков в реестре нет.";
    public const string NoProblems = "Проблем нет.";

    /// <summary>The risks table: number, kind, risk (title, description, cause, consequence), owner, P, I, score and level, strategy and measures, trigger, review date, status.</summary>
    public static IReadOnlyList<string> RiskColumns { get; } =
    [
        "№", "Вид", "Риск, причина, последствия", "Владелец", "В", "Вл", "Оценка, уровень", "Стратегия и меры реагирования",
        "Триггер (индикатор)", "Дата пересмотра", "Статус",
    ];

    public static IReadOnlyList<string> ProblemColumns { get; } =
        ["№", "Проблема", "Риск", "Решение", "Ответственный", "Срок", "Статус"];

    public const string Legend = "В — вероятность, Вл — влияние (1–5); оценка = В × Вл";
    public const string Cause = "Причина: ";
    public const string Consequence = "Последствия: ";
    public const string Late = "просрочена";
    public const string ReviewDue = "пора пересмотреть";
}
