namespace ProjectOffice.Domain.Projects;

/// <summary>
/// The printed wording of the passport's captions, by layout: the municipal items 1–22 (seed 000) and the national
/// sections 1–5 (seed 001) with the column captions of their tables. Defined here once: the card, the preview, the PDF
/// and the XLSX all take them from this class (a test fails when one of them is typed anywhere else).
/// </summary>
public static class PassportCaptions
{
    // Municipal layout, seed 000.
    public const string MunicipalTitle = "ПАСПОРТ ПРОЕКТА";
    public const string GeneralSection = "I. Общая информация";
    public const string DescriptionSection = "II. Описание проекта";
    public const string FederalProject = "Наименование федерального проекта";
    public const string ShortName = "Краткое наименование проекта";
    public const string Kind = "Вид проекта (приоритетный/внешний/внутренний)";
    public const string StrategicGoalRegion = "Стратегическая цель социально-экономического развития субъекта РФ";
    public const string StrategicGoalCity = "Стратегическая цель социально-экономического развития города";
    public const string FunctionalBlock = "Функционально-целевой блок реализации проекта";
    // Items 7–10, 12 and 13 are captioned with the role's name (PassportLabels.Role).
    public const string Executors = "Перечень исполнителей проекта";
    public const string Basis = "Основание для инициации проекта";
    public const string Goal = "Цель реализации проекта";
    public const string Tasks = "Задачи проекта";
    public const string ExpectedResults = "Перечень ожидаемых результатов реализации проекта";
    public const string Stages = "Срок реализации проекта, перечень этапов реализации проекта";
    public const string Budget = "Бюджет проекта";
    public const string RelatedProjects = "Взаимосвязь с другими проектами";
    public const string Risks = "Основные риски реализации проекта";
    public const string ExternalRisks = "Внешние риски:";
    public const string InternalRisks = "Внутренние риски:";

    /// <summary>Columns of item 11's table.</summary>
    public static IReadOnlyList<string> ExecutorColumns { get; } = ["№ п/п", "ФИО", "Должность", "Адрес электронной почты", "Номер тел."];

    public const string StageColumn = "Наименование этапа реализации проекта";
    public const string StartColumn = "Дата начала";
    public const string EndColumn = "Дата окончания";

    /// <summary>The first row of items 19 (with its colon) and 20 (without, as seed 000 prints them).</summary>
    public const string WholeProjectStages = "Проект в целом, в том числе в разрезе этапов реализации:";
    public const string WholeProjectBudget = "Проект в целом, в том числе в разрезе этапов реализации";
    public const string StageBudgetAmounts = "Объем финансирования этапов проекта, млн. рублей";
    public const string StageBudgetTotal = "Всего, в том числе за счет средств:";

    /// <summary>Item 4: the caption typed for the project (seed 000 names the region), else the form's.</summary>
    public static string RegionGoal(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.StrategicGoalRegionCaption ?? StrategicGoalRegion;
    }

    /// <summary>Item 5: the caption typed for the project (seed 000 names the city), else the form's.</summary>
    public static string CityGoal(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return project.StrategicGoalCityCaption ?? StrategicGoalCity;
    }

    // National layout, seed 001; «level» is «муниципального проекта» (ProjectLabels.LevelGenitive).
    public const string NationalTitle = "П А С П О Р Т";
    public const string RegionalProject = "Наименование регионального проекта";
    public const string Period = "Срок начала и окончания проекта";
    public const string Programmes = "Связь с муниципальными и региональными программами";

    public static string MainProvisions => "1. Основные положения";
    public static string GoalAndIndicators(string level) => "2. Цель и показатели " + level;
    public static string TasksAndResults(string level) => "3. Задачи и результаты " + level;
    public static string Financing(string level) => "4. Финансовое обеспечение реализации " + level;
    public static string Participants(string level) => "5. Участники " + level;
    public static string ShortNameOf(string level) => "Краткое наименование " + level;
    public static string CuratorOf(string level) => "Куратор " + level;
    public static string LeaderOf(string level) => "Руководитель " + level;
    public static string AdministratorOf(string level) => "Администратор " + level;

    public const string GoalPrefix = "Цель: ";
    public const string IndicatorColumn = "Наименование показателя";
    public const string IndicatorTypeColumn = "Тип показателя";
    public const string BaselineColumn = "Базовое значение";
    public const string ValueColumn = "Значение";
    public const string DateColumn = "Дата";
    public const string PeriodColumn = "Период, год";
    public const string TaskColumn = "Наименование задачи, результата";
    public const string CharacteristicColumn = "Характеристика результата";
    public const string DirectionColumn = "Наименование результата и источники финансирования";
    public const string FinancingByYearColumn = "Объем финансового обеспечения по годам реализации (млн. рублей)";
    public const string FinancingTotalColumn = "Всего (млн. рублей)";

    /// <summary>Columns of section 5's table.</summary>
    public static IReadOnlyList<string> ParticipantColumns { get; } =
        ["№ п/п", "Роль в проекте", "Фамилия, инициалы", "Должность", "Непосредственный руководитель", "Занятость в проекте (процентов)"];
}
