using System.Globalization;

namespace ProjectOffice.Web.Features.Journal;

/// <summary>Dates typed by people: dd.MM.yyyy as the portal prints them, or yyyy-MM-dd from a date picker.</summary>
public static class DateText
{
    public const string Error = "Введите существующую дату в виде ДД.ММ.ГГГГ, например 30.01.2020.";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), ["dd.MM.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
