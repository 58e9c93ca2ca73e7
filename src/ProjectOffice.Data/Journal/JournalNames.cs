using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Journal;

/// <summary>What the journal page calls the rows and fields it records, in Russian.</summary>
public static class JournalNames
{
    private static readonly Dictionary<Type, string> Entities = new()
    {
        [typeof(Project)] = "Проект",
        [typeof(ProjectMember)] = "Участник",
        [typeof(ParticipantGroup)] = "Группа участников",
        [typeof(Stage)] = "Этап",
        [typeof(ProjectTask)] = "Задача",
        [typeof(ProjectResult)] = "Результат",
        [typeof(ProjectListItem)] = "Пункт списка",
        [typeof(Indicator)] = "Показатель",
        [typeof(IndicatorValue)] = "Значение показателя",
        [typeof(IndicatorActual)] = "Факт показателя",
        [typeof(IndicatorBreakdown)] = "Показатель по организации",
        [typeof(IndicatorBreakdownValue)] = "Значение по организации",
        [typeof(BudgetItem)] = "Строка бюджета",
        [typeof(BudgetAmount)] = "Сумма бюджета",
        [typeof(ProjectSection)] = "Раздел материалов",
        [typeof(FormSignature)] = "Подпись формы",
        [typeof(ProjectForm)] = "Настройки формы",
        [typeof(PlanItem)] = "Пункт плана",
        [typeof(ControlEvent)] = "Контрольное событие",
        [typeof(Responsible)] = "Ответственный",
        [typeof(EvidenceFile)] = "Подтверждающий файл",
        [typeof(Footnote)] = "Сноска",
        [typeof(ApprovalDecision)] = "Решение",
        [typeof(ProjectVersion)] = "Версия паспорта",
        [typeof(Risk)] = "Риск",
        [typeof(RiskMeasure)] = "Мера по риску",
        [typeof(RiskStatusChange)] = "Смена статуса риска",
        [typeof(ProjectProblem)] = "Проблема",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Name"] = "Наименование",
        ["ShortName"] = "Краткое наименование",
        ["Title"] = "Заголовок",
        ["Text"] = "Текст",
        ["StartDate"] = "Дата начала",
        ["EndDate"] = "Дата окончания",
        ["Status"] = "Статус",
        ["Goal"] = "Цель",
        ["PlannedDate"] = "Плановая дата",
        ["DoneOn"] = "Фактическая дата",
        ["Comment"] = "Комментарий",
        ["CancelReason"] = "Причина отмены",
        ["PlannedText"] = "Плановое значение",
        ["Position"] = "Должность",
        ["SortOrder"] = "Порядок",
        ["PersonId"] = "Человек",
        ["ReportedAt"] = "Доложено о завершении",
        ["ClosedAt"] = "Закрыт",
        ["StageId"] = "Этап",
        ["PlanItemId"] = "Пункт плана",
        ["PositionText"] = "Должность",
        ["OrganisationText"] = "Организация",
        ["NameText"] = "Имя",
        ["Date"] = "Дата",
        ["DateText"] = "Дата (как напечатано)",
        ["Kind"] = "Вид",
        ["Description"] = "Описание",
        ["Cause"] = "Причина",
        ["Consequence"] = "Последствия",
        ["OwnerPersonId"] = "Владелец",
        ["Probability"] = "Вероятность",
        ["Impact"] = "Влияние",
        ["Strategy"] = "Стратегия",
        ["Trigger"] = "Триггер",
        ["ReviewDate"] = "Дата пересмотра",
        ["Decision"] = "Решение",
        ["ResponsiblePersonId"] = "Ответственный",
        ["Deadline"] = "Срок",
        ["ResolvedOn"] = "Дата решения",
        ["ControlEventId"] = "Контрольное событие",
    };

    public static bool Describes(Type type) => Entities.ContainsKey(type);

    public static string Entity(Type type) => Entities.GetValueOrDefault(type, type.Name);

    public static string Field(string property) => Fields.GetValueOrDefault(property, property);

    public static string Value(Enum value) => value switch
    {
        ProjectStatus.Draft => "Черновик",
        ProjectStatus.InAgreement => "На согласовании",
        ProjectStatus.InApproval => "На утверждении",
        ProjectStatus.Approved => "Утвержден",
        ProjectStatus.Completed => "Завершен",
        ControlEventStatus.Planned => "Запланировано",
        ControlEventStatus.Done => "Выполнено",
        ControlEventStatus.Cancelled => "Отменено",
        StageStatus stage => StatusLabels.Of(stage),
        RiskStatus risk => RiskLabels.Status(risk),
        RiskStrategy strategy => RiskLabels.Strategy(strategy),
        RiskKind kind => RiskLabels.Kind(kind),
        ProblemStatus problem => RiskLabels.ProblemStatus(problem),
        _ => value.ToString(),
    };

    /// <summary>A row in a few words for «создано» / «удалено» lines: its name, title or text.</summary>
    public static string? Describe(object entity) => entity switch
    {
        Project p => p.Name,
        ProjectMember m => m.Person?.FullName ?? m.NameText ?? m.Position,
        ParticipantGroup g => g.Title,
        Stage s => s.Name,
        ProjectTask t => t.Name,
        ProjectResult r => r.Name,
        ProjectListItem i => i.Text,
        Indicator i => i.Name,
        IndicatorValue v => $"{v.Year}: {v.PlannedText}",
        IndicatorActual a => $"{a.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? a.PeriodText}: {a.ValueText}",
        IndicatorBreakdown b => b.Organisation,
        IndicatorBreakdownValue v => $"{v.Year}: {v.Text}",
        BudgetItem b => b.Title ?? b.Stage?.Name,
        BudgetAmount a => a.Year is { } year ? $"{year}: {a.Text}" : a.Text,
        ProjectSection s => s.Title,
        FormSignature s => $"{s.PositionText} {s.NameText}",
        PlanItem i => i.Name,
        ControlEvent e => e.Name ?? e.PlanItem?.Name,
        Responsible r => r.Person?.FullName ?? r.Text,
        EvidenceFile f => f.FileName,
        Footnote f => f.Marker + " " + f.Text,
        ApprovalDecision d => (d.StageName is null ? "" : $"Этап «{d.StageName}»: ") + DecisionKinds.Label(d.Kind) + (d.Comment is null ? "" : $": {d.Comment}"),
        ProjectVersion v => $"Версия {v.Number}",
        Risk r => r.Title,
        RiskMeasure m => m.Text,
        RiskStatusChange c => RiskLabels.Status(c.To),
        ProjectProblem p => p.Title,
        _ => null,
    };
}
