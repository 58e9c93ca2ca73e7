using System.Globalization;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Formatting;

/// <summary>Dates and numbers the way the paper forms print them.</summary>
public static class RussianFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("ru-RU");

    // ru-RU groups thousands with a no-break space; printed forms use a plain one («29 310,220»).
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>01.02.2020.</summary>
    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>«30» января 2020 г. — the date line of a signature block.</summary>
    public static string QuotedDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"«{date.Day:00}» {MonthGenitive(date)} {date.Year} г.");

    /// <summary>1 января 2019 г. — dates inside running text.</summary>
    public static string LongDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthGenitive(date)} {date.Year} г.");

    /// <summary>A number with the scale it carries: 0,015; 9,0; 29 310,220.</summary>
    public static string Number(decimal value) =>
        value.ToString("N" + value.Scale.ToString(CultureInfo.InvariantCulture), Numbers);

    /// <summary>A budget total as printed: the number, «-», or nothing.</summary>
    public static string Total(BudgetTotal total) =>
        total.IsDash ? "-" : total.Value is { } value ? Number(value) : "";

    private static string MonthGenitive(DateOnly date) => Culture.DateTimeFormat.MonthGenitiveNames[date.Month - 1];
}
