namespace ProjectOffice.Forms.Indicators;

/// <summary>The captions of «Показатели проекта», once for the printed form, its workbook and caption footnotes.</summary>
public static class IndicatorsCaptions
{
    public const string FormTitle = "Показатели проекта";
    public const string Name = "Наименование показателя";
    public const string Type = "Тип показателя";
    public const string Baseline = "Базовое значение";
    public const string Period = "Период, год";
    public const string Cumulative = "Нарастающим итогом";
    public const string CumulativeMark = "да";
    public const string PlanTitle = "Результаты мероприятий плана";
}
