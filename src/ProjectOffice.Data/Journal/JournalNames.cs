using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Journal;

/// <summary>
/// The journal's vocabulary. Rows store stable keys — the entity's type name («ControlEvent») and the property's
/// name («DoneOn») — so renaming a Russian label never orphans old rows or breaks a query; the labels here are
/// applied when a row is shown (<see cref="JournalText"/>).
/// </summary>
public static class JournalNames
{
    /// <summary>The entity key of practice rows, which the practices feature writes itself.</summary>
    public const string Practice = "Practice";

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
        [typeof(TypedBudgetTotal)] = "Итог бюджета (введён вручную)",
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
        [typeof(ProjectReport)] = "Отчет о ходе реализации",
        [typeof(Risk)] = "Риск",
        [typeof(RiskMeasure)] = "Мера по риску",
        [typeof(RiskStatusChange)] = "Смена статуса риска",
        [typeof(ProjectProblem)] = "Проблема",
    };

    private static readonly Dictionary<string, string> EntityLabels =
        Entities.ToDictionary(e => e.Key.Name, e => e.Value, StringComparer.Ordinal) is var labels && labels.TryAdd(Practice, "Практика")
            ? labels : throw new InvalidOperationException("Two journalled types share a name.");

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Id"] = "Номер",
        ["ProjectId"] = "Проект",
        ["Name"] = "Наименование",
        ["ShortName"] = "Краткое наименование",
        ["Title"] = "Заголовок",
        ["Text"] = "Текст",
        ["Body"] = "Содержание",
        ["Kind"] = "Вид",
        ["Period"] = "Отчетный период",
        ["Revision"] = "Редакция",
        ["SubmittedOn"] = "Дата представления",
        ["SubmittedByUserId"] = "Представил",
        ["SubmittedByName"] = "Представил (как записано)",
        ["AcceptedOn"] = "Дата принятия",
        ["AcceptedByUserId"] = "Принял",
        ["AcceptedByName"] = "Принял (как записано)",
        ["RiskId"] = "Риск",
        ["PassportText"] = "Текст паспорта (пункт 22)",
        ["From"] = "Прежний статус",
        ["To"] = "Новый статус",
        ["Layout"] = "Вид паспорта",
        ["Form"] = "Форма",
        ["Annex"] = "Приложение",
        ["StartDate"] = "Дата начала",
        ["EndDate"] = "Дата окончания",
        ["Status"] = "Статус",
        ["Goal"] = "Цель",
        ["NationalProject"] = "Национальный проект",
        ["FederalProject"] = "Федеральный проект",
        ["RegionalProject"] = "Региональный проект",
        ["StrategicGoalRegionCaption"] = "Заголовок стратегической цели региона",
        ["StrategicGoalRegion"] = "Стратегическая цель региона",
        ["StrategicGoalCityCaption"] = "Заголовок стратегической цели города",
        ["StrategicGoalCity"] = "Стратегическая цель города",
        ["Municipality"] = "Муниципальное образование",
        ["FunctionalBlock"] = "Функциональный блок",
        ["Basis"] = "Основание",
        ["RelatedProjects"] = "Связь с другими проектами",
        ["BudgetBreakdown"] = "Разбивка бюджета",
        ["PlannedDate"] = "Плановая дата",
        ["PlannedDateText"] = "Плановая дата (как напечатано)",
        ["DoneOn"] = "Фактическая дата",
        ["DoneByUserId"] = "Отметил",
        ["DoneByPersonId"] = "Исполнил",
        ["Comment"] = "Комментарий",
        ["CancelReason"] = "Причина отмены",
        ["PlannedText"] = "Плановое значение",
        ["Planned"] = "Плановое значение (число)",
        ["Position"] = "Должность",
        ["SortOrder"] = "Порядок",
        ["PersonId"] = "Человек",
        ["UserId"] = "Пользователь",
        ["UserName"] = "Пользователь (как записано)",
        ["ReportedAt"] = "Доложено о завершении",
        ["ClosedAt"] = "Закрыт",
        ["StageId"] = "Этап",
        ["StageName"] = "Этап",
        ["TaskId"] = "Задача",
        ["ResultId"] = "Результат",
        ["GroupId"] = "Группа участников",
        ["SectionId"] = "Раздел",
        ["PlanItemId"] = "Пункт плана",
        ["ParentId"] = "Входит в",
        ["ControlEventId"] = "Контрольное событие",
        ["IndicatorId"] = "Показатель",
        ["BreakdownId"] = "Показатель по организации",
        ["BudgetItemId"] = "Строка бюджета",
        ["FundingSourceId"] = "Источник финансирования",
        ["BudgetCode"] = "Код бюджетной классификации",
        ["PositionText"] = "Должность",
        ["OrganisationText"] = "Организация",
        ["Organisation"] = "Организация",
        ["OrganisationId"] = "Организация",
        ["NameText"] = "Имя",
        ["Date"] = "Дата",
        ["DateText"] = "Дата (как напечатано)",
        ["Content"] = "Содержание отчета",
        ["History"] = "Решения по отчету",
        ["AtTop"] = "В шапке формы",
        ["Year"] = "Год",
        ["PeriodText"] = "Период",
        ["ValueText"] = "Значение",
        ["Value"] = "Значение (число)",
        ["BaselineText"] = PassportCaptions.BaselineColumn,
        ["Baseline"] = "Базовое значение (число)",
        ["Unit"] = "Единица измерения",
        ["UnitInName"] = "Единица в наименовании",
        ["Cumulative"] = "Нарастающим итогом",
        ["Type"] = "Тип",
        ["MethodFormula"] = "Методика расчета",
        ["MethodBaseIndicators"] = "Базовые показатели",
        ["DataSource"] = "Источник данных",
        ["Collector"] = "Ответственный за сбор данных",
        ["AggregationLevel"] = "Уровень агрегирования",
        ["Periodicity"] = "Периодичность",
        ["AdditionalInfo"] = "Дополнительная информация",
        ["Characteristic"] = "Характеристика",
        ["Role"] = "Роль",
        ["RoleTitle"] = "Роль в проекте",
        ["Email"] = "Электронная почта",
        ["Phone"] = "Телефон",
        ["DirectSupervisor"] = "Непосредственный руководитель",
        ["SupervisorPersonId"] = "Непосредственный руководитель",
        ["EmploymentText"] = "Занятость",
        ["Employment"] = "Занятость (%)",
        ["Marker"] = "Знак сноски",
        ["Caption"] = "Подпись",
        ["StartText"] = "Начало (как напечатано)",
        ["EndText"] = "Окончание (как напечатано)",
        ["StartNote"] = "Примечание к началу",
        ["EndNote"] = "Примечание к окончанию",
        ["DeadlineText"] = "Срок",
        ["PrintedNumber"] = "Номер, как напечатан",
        ["ExecutorsOnLines"] = "Исполнители с новой строки",
        ["Cell"] = "Ячейка сноски",
        ["DeadlineStart"] = "Срок: начало (прочитано из текста)",
        ["DeadlineEnd"] = "Срок: окончание (прочитано из текста)",
        ["IndicatorName"] = "Показатель",
        ["IndicatorUnit"] = "Единица показателя",
        ["PlannedValueText"] = "Плановое значение",
        ["PlannedValue"] = "Плановое значение (число)",
        ["DocumentType"] = "Вид документа",
        ["ControlLevel"] = "Уровень контроля",
        ["ControlLevelText"] = "Уровень контроля (как напечатано)",
        ["ReportDates"] = "Даты отчетов",
        ["Level"] = "Уровень проекта",
        ["BaselineDate"] = "Дата базового значения",
        ["ReportedOn"] = "Дата отчета",
        ["AgreedOn"] = "Дата согласования",
        ["TableColumns"] = "Столбцы таблицы",
        ["TableRows"] = "Строки таблицы",
        ["FileName"] = "Файл",
        ["ContentType"] = "Тип файла",
        ["Size"] = "Размер",
        ["UploadedAt"] = "Загружен",
        ["UploadedByUserId"] = "Загрузил",
        ["Number"] = "Номер версии",
        ["VersionNumber"] = "Номер версии",
        ["DirectionNumber"] = "Номер направления (как в документе)",
        ["CreatedAt"] = "Создана",
        ["At"] = "Когда",
        ["AgreedByUserId"] = "Согласовал",
        ["AgreedByPersonId"] = "Согласовал",
        ["AgreedByName"] = "Согласовал (как напечатано)",
        ["ApprovedByUserId"] = "Утвердил",
        ["ApprovedByPersonId"] = "Утвердил",
        ["ApprovedByName"] = "Утвердил (как напечатано)",
        ["ApprovedOn"] = "Дата утверждения",
        ["ChangeReason"] = "Причина изменения",
        ["Snapshot"] = "Снимок документа (паспорта или отчета)",
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
    };

    /// <summary>Properties whose values are keys of other rows: shown by the name of the row they point to.</summary>
    private static readonly Dictionary<string, JournalReference> References = new(StringComparer.Ordinal)
    {
        ["UserId"] = JournalReference.User,
        ["DoneByUserId"] = JournalReference.User,
        ["UploadedByUserId"] = JournalReference.User,
        ["AgreedByUserId"] = JournalReference.User,
        ["ApprovedByUserId"] = JournalReference.User,
        ["PersonId"] = JournalReference.Person,
        ["DoneByPersonId"] = JournalReference.Person,
        ["SupervisorPersonId"] = JournalReference.Person,
        ["AgreedByPersonId"] = JournalReference.Person,
        ["ApprovedByPersonId"] = JournalReference.Person,
        ["OrganisationId"] = JournalReference.Organisation,
        ["StageId"] = JournalReference.Stage,
        ["PlanItemId"] = JournalReference.PlanItem,
        ["ParentId"] = JournalReference.PlanItem,
        ["TaskId"] = JournalReference.Task,
        ["ResultId"] = JournalReference.Result,
        ["GroupId"] = JournalReference.Group,
        ["FundingSourceId"] = JournalReference.FundingSource,
        ["OwnerPersonId"] = JournalReference.Person,
        ["SubmittedByUserId"] = JournalReference.User,
        ["AcceptedByUserId"] = JournalReference.User,
        ["ResponsiblePersonId"] = JournalReference.Person,
    };

    public static bool Describes(Type type) => Entities.ContainsKey(type);

    /// <summary>The key stored for a journalled type.</summary>
    public static string EntityKey(Type type) => type.Name;

    /// <summary>The Russian name of an entity key; an unknown key (or a label of old rows) is shown as it is.</summary>
    public static string Entity(string key) => EntityLabels.GetValueOrDefault(key, key);

    /// <summary>The key of an entity given by its key or by its Russian label (old links to the journal carry labels).</summary>
    public static string EntityKeyOf(string keyOrLabel) =>
        EntityLabels.ContainsKey(keyOrLabel) ? keyOrLabel
        : EntityLabels.FirstOrDefault(e => e.Value == keyOrLabel).Key ?? keyOrLabel;

    public static bool HasFieldLabel(string property) => Fields.ContainsKey(property);

    /// <summary>The Russian name of a property key; practice rows store their section captions, shown as they are.</summary>
    public static string Field(string property) => Fields.GetValueOrDefault(property, property);

    /// <summary>What a property's values point to, if they are keys of other rows.</summary>
    public static JournalReference? Reference(string? property) =>
        property is not null && References.TryGetValue(property, out var kind) ? kind : null;

    public static string Value(Enum value) => value switch
    {
        ProjectStatus project => StatusLabels.Of(project),
        ControlEventStatus controlEvent => ControlEventStates.Label(controlEvent),
        StageStatus stage => StatusLabels.Of(stage),
        ReportStatus report => ReportWorkflow.StatusLabel(report),
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
        TypedBudgetTotal t => t.Year is { } year ? $"{year}: {t.Text}" : t.Text,
        ProjectSection s => s.Title,
        FormSignature s => $"{s.PositionText} {s.NameText}",
        PlanItem i => i.Name,
        ControlEvent e => e.Name ?? e.PlanItem?.Name,
        Responsible r => r.Person?.FullName ?? r.Text,
        EvidenceFile f => f.FileName,
        Footnote f => f.Marker + " " + f.Text,
        ApprovalDecision d => (d.StageName is null ? "" : $"Этап «{d.StageName}»: ") + DecisionKinds.Label(d.Kind) + (d.Comment is null ? "" : $": {d.Comment}"),
        ProjectVersion v => $"Версия {v.Number}",
        ProjectReport r => $"Отчет за {ReportingPeriod.Parse(r.Period)?.Label ?? r.Period}, редакция {r.Revision}",
        Risk r => r.Title,
        RiskMeasure m => m.Text,
        RiskStatusChange c => RiskLabels.Status(c.To),
        ProjectProblem p => p.Title,
        _ => null,
    };
}
