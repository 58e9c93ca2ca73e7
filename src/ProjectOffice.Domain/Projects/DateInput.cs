using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// Dates as people type them: «01.02.2020» (or ISO «2020-02-01» from a date picker). An impossible date such as
/// «31.06.2021» is refused with a message that says so, instead of being rolled over or failing somewhere later.
/// </summary>
public static partial class DateInput
{
    public const string Pattern = "dd.MM.yyyy";
    public const string Required = "Укажите дату в виде дд.мм.гггг.";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } value ? Format(value) : null;

    public static bool TryParse(string? text, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = Required;
            return false;
        }

        var russian = Russian().Match(trimmed);
        var iso = russian.Success ? Match.Empty : Iso().Match(trimmed);
        if (!russian.Success && !iso.Success)
        {
            error = $"«{trimmed}» — не дата. Укажите дату в виде дд.мм.гггг, например 01.02.2020.";
            return false;
        }

        var (day, month, year) = russian.Success
            ? (Number(russian, "d"), Number(russian, "m"), Number(russian, "y"))
            : (Number(iso, "d"), Number(iso, "m"), Number(iso, "y"));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"Такой даты нет: {trimmed}.";
            return false;
        }

        date = new DateOnly(year, month, day);
        error = null;
        return true;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<d>\d{2})\.(?<m>\d{2})\.(?<y>\d{4})$")]
    private static partial Regex Russian();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})$")]
    private static partial Regex Iso();
}
