using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// The one vocabulary for dates that enter the portal — editors, the plan XLSX, the JSON import and filters:
/// «01.02.2020» (or ISO «2020-02-01» from a date picker or a JSON document). An impossible date such as «31.06.2021»
/// is refused with a message that says so, instead of being rolled over or failing somewhere later.
/// <para>
/// Digits of other scripts (Arabic-Indic «١١.٠٣.٢٠٢١», full-width «１１．０３．２０２１») are read as the digits they are:
/// they arrive from pasted text and phone keyboards and mean one unambiguous date, so refusing them would only make
/// a person retype what they already typed correctly. Dates outside <see cref="MinYear"/>–<see cref="MaxYear"/>
/// (project years) are refused everywhere by <see cref="RangeError"/>: 31.12.9999 is a typo or a placeholder, not a plan.
/// </para>
/// </summary>
public static partial class DateInput
{
    public const string Pattern = "dd.MM.yyyy";
    public const string Required = "Укажите дату в виде дд.мм.гггг.";
    public const int MinYear = 1990;
    public const int MaxYear = 2100;
    public static readonly DateOnly Earliest = new(MinYear, 1, 1);
    public static readonly DateOnly Latest = new(MaxYear, 12, 31);

    public static string OutOfRange => $"Дата должна лежать в пределах {Format(Earliest)} – {Format(Latest)}.";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static string? Format(DateOnly? date) => date is { } value ? Format(value) : null;

    /// <summary>The message for a real date outside the portal's years, or null when it is within them.</summary>
    public static string? RangeError(DateOnly date) => date < Earliest || date > Latest ? $"{OutOfRange} Указано: {Format(date)}." : null;

    public static bool TryParse(string? text, out DateOnly date, [NotNullWhen(false)] out string? error)
    {
        date = default;
        var trimmed = AsciiDigits(text?.Trim() ?? "");
        if (trimmed.Length == 0)
        {
            error = Required;
            return false;
        }

        var russian = Russian().Match(trimmed);
        var iso = russian.Success ? Match.Empty : Iso().Match(trimmed);
        if (!russian.Success && !iso.Success)
        {
            error = $"«{Shown(trimmed)}» — не дата. Укажите дату в виде дд.мм.гггг, например 01.02.2020.";
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

        var value = new DateOnly(year, month, day);
        if (RangeError(value) is { } outside)
        {
            error = outside;
            return false;
        }

        date = value;
        error = null;
        return true;
    }

    /// <summary>
    /// Every decimal digit of any script becomes its ASCII digit and the full-width full stop and hyphen become ASCII,
    /// so «１１．０３．２０２１» reads as 11.03.2021; anything else is left for the patterns to refuse.
    /// </summary>
    public static string AsciiDigits(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            builder.Append(digit >= 0 ? (char)('0' + digit) : c switch { '\uFF0E' => '.', '\uFF0D' => '-', _ => c });
        }

        return builder.ToString();
    }

    // A refused text is echoed in the message; a pasted novel or control characters are not.
    private static string Shown(string text) =>
        new string([.. text.Take(40).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]) + (text.Length > 40 ? "…" : "");

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    // [0-9], not \d: \d matches every script's digits, which int.Parse then cannot read.
    [GeneratedRegex(@"^(?<d>[0-9]{2})\.(?<m>[0-9]{2})\.(?<y>[0-9]{4})$")]
    private static partial Regex Russian();

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})$")]
    private static partial Regex Iso();
}
