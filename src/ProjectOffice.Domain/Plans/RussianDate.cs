using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Dates typed in forms: «31.12.2021» (also «1.2.2021») or ISO «2021-12-31» from a date picker. A date that looks
/// right but does not exist («31.06.2021», the seed's own typo) gets its own message, never a silent correction.
/// </summary>
public static partial class RussianDate
{
    private static readonly string[] Formats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>True with the date (null for an empty field), or false with a Russian message.</summary>
    public static bool TryParse(string? text, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }

        error = DateLike().IsMatch(trimmed)
            ? $"Такой даты нет: {trimmed}. Проверьте число и месяц."
            : $"«{trimmed}» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 31.12.2021.";
        return false;
    }

    public static string Format(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "";

    [GeneratedRegex(@"^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DateLike();
}
