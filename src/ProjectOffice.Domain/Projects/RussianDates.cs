using System.Globalization;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// The one formatter of dates the portal shows and prints (<see cref="DateInput"/> is the one parser): pages, forms,
/// XLSX, mails and the journal all say «01.02.2020»; the forms' running text and signature lines spell the month.
/// </summary>
public static class RussianDates
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>«01.02.2020».</summary>
    public static string Numeric(DateOnly date) => DateInput.Format(date);

    /// <summary>«01.02.2020» for the portal's local day of a moment (an upload, a decision).</summary>
    public static string Numeric(DateTimeOffset moment) => Numeric(DateOnly.FromDateTime(moment.ToLocalTime().DateTime));

    /// <summary>«01.02.2020 14:05» in the portal's local time: when something was done (journal, history, mail).</summary>
    public static string Moment(DateTimeOffset moment) =>
        Numeric(moment) + " " + moment.ToLocalTime().ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>«01.02.2020 – 31.12.2021».</summary>
    public static string Period(DateOnly start, DateOnly end) => Numeric(start) + " – " + Numeric(end);

    /// <summary>«1 января 2019 г.», as the forms print dates inside running text (month in the genitive).</summary>
    public static string Spelled(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthGenitive(date)} {date.Year} г.");

    /// <summary>«30» января 2020 г. — the date line of a signature block.</summary>
    public static string Quoted(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"«{date.Day:00}» {MonthGenitive(date)} {date.Year} г.");

    private static string MonthGenitive(DateOnly date) => Russian.DateTimeFormat.MonthGenitiveNames[date.Month - 1];
}
