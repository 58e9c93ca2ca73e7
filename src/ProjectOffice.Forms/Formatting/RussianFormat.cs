using System.Globalization;

namespace ProjectOffice.Forms.Formatting;

/// <summary>
/// Numbers the way the paper forms print them. Budget amounts: <see cref="Domain.Projects.BudgetTotals.Format"/>
/// (29 310,220 with a plain space, the decimals the value carries); dates: <see cref="Domain.Projects.RussianDates"/>.
/// </summary>
public static class RussianFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");
}
