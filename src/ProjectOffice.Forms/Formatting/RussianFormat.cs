using System.Globalization;

namespace ProjectOffice.Forms.Formatting;

/// <summary>
/// Dates the way the paper forms print them. Numbers: <see cref="Domain.Projects.BudgetTotals.Format"/>
/// (29 310,220 with a plain space, the decimals the value carries).
/// </summary>
public static class RussianFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>01.02.2020.</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>«30» января 2020 г. — the date line of a signature block.</summary>
    public static string QuotedDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"«{date.Day:00}» {MonthGenitive(date)} {date.Year} г.");

    /// <summary>1 января 2019 г. — dates inside running text.</summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthGenitive(date)} {date.Year} г.");

    private static string MonthGenitive(DateOnly date) => Culture.DateTimeFormat.MonthGenitiveNames[date.Month - 1];
}
