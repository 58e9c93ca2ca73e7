using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Indicators;

/// <summary>
/// The captions of «Показатели проекта», once for the printed form, its workbook and caption footnotes; the columns the
/// passport's indicator table has too are the passport's own captions.
/// </summary>
public static class IndicatorsCaptions
{
    public const string FormTitle = "Показатели проекта";
    public const string Name = PassportCaptions.IndicatorColumn;
    public const string Type = PassportCaptions.IndicatorTypeColumn;
    public const string Baseline = PassportCaptions.BaselineColumn;
    public const string Period = "Период, год";
    public const string Cumulative = "Нарастающим итогом";
    public const string CumulativeMark = "да";
    public const string PlanTitle = "Результаты мероприятий плана";
}
