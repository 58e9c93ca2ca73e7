namespace ProjectOffice.Forms.Plan;

/// <summary>
/// Column captions of «План мероприятий» as the workbook prints them. The plan import finds the table by these same
/// captions, so the writer and the reader cannot drift apart.
/// </summary>
public static class PlanCaptions
{
    public const string Number = "№ п/п";

    public const string MunicipalName = "Наименование мероприятия проекта";
    public const string MunicipalStart = "Дата начала реализации мероприятия";
    public const string MunicipalEnd = "Дата окончания реализации мероприятия";
    public const string MunicipalResult = "Результат реализации мероприятия";
    public const string MunicipalIndicator = "Наименование, единица измерения";
    public const string MunicipalPlannedValue = "Плановое значение";
    public const string MunicipalResponsible = "ФИО, должность исполнителя проекта, ответственного за реализацию мероприятия";

    public const string NationalName = "Наименование результата, мероприятия, контрольной точки";
    public const string NationalTerm = "Сроки реализации";
    public const string NationalStart = "начало";
    public const string NationalEnd = "окончание";
    public const string NationalResponsible = "Ответственный исполнитель";
    public const string NationalDocument = "Вид документа и характеристика результата";
    public const string NationalLevel = "Уровень контроля";
}
