using System.Globalization;

namespace ProjectOffice.Domain.Projects;

/// <summary>Dates as the forms print them.</summary>
public static class RussianDates
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>«01.02.2020».</summary>
    public static string Numeric(DateOnly date) => DateInput.Format(date);

    /// <summary>«01.02.2020 – 31.12.2021».</summary>
    public static string Period(DateOnly start, DateOnly end) => Numeric(start) + " – " + Numeric(end);

    /// <summary>«1 января 2019 г.», as the national passport prints baseline dates (month in the genitive).</summary>
    public static string Spelled(DateOnly date) => date.ToString("d MMMM yyyy", Russian) + " г.";
}
