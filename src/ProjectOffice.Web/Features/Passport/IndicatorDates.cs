using System.Globalization;
using System.Text.RegularExpressions;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Baseline and report dates are typed as text (dd.MM.yyyy, or yyyy-MM-dd from a date picker) and parsed here, so that
/// an impossible date such as 31.06.2021 gets a Russian message next to the field instead of a binding error.
/// </summary>
public static partial class IndicatorDates
{
    public const string FormatMessage = "Введите дату в виде ДД.ММ.ГГГГ, например 01.01.2019.";

    public static string? Format(DateOnly? date) => date?.ToString("dd.MM.yyyy", PortalSetup.Russian);

    /// <summary>Empty text is no date; otherwise a real calendar date or an error message.</summary>
    public static (DateOnly? Date, string? Error) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var typed = text.Trim();
        if (DateOnly.TryParseExact(typed, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], PortalSetup.Russian, DateTimeStyles.None, out var date))
        {
            return (date, null);
        }

        return LooksLikeADate().IsMatch(typed)
            ? (null, $"Даты {typed} не существует: проверьте день и месяц.")
            : (null, FormatMessage);
    }

    [GeneratedRegex(@"^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$")]
    private static partial Regex LooksLikeADate();
}
