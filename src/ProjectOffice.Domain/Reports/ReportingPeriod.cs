using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Reports;

/// <summary>
/// A reporting period as the URL and the office name it: «2021-03» (March), «2021-Q1» (first quarter), «2021» (the year).
/// One rule parses all three, so a period typed anywhere means the same months.
/// </summary>
public sealed partial record ReportingPeriod(ReportingPeriodKind Kind, int Year, int Number)
{
    private static readonly string[] Months =
    [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
    ];

    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    /// <summary>The period a code names, or null for anything else («2021-13», «2021-Q5», «21»).</summary>
    public static ReportingPeriod? Parse(string? code)
    {
        var match = code is null ? null : CodePattern().Match(code.Trim());
        if (match is not { Success: true })
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return null;
        }

        if (match.Groups["month"].Success)
        {
            var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new ReportingPeriod(ReportingPeriodKind.Month, year, month) : null;
        }

        if (match.Groups["quarter"].Success)
        {
            var quarter = int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture);
            return quarter is >= 1 and <= 4 ? new ReportingPeriod(ReportingPeriodKind.Quarter, year, quarter) : null;
        }

        return new ReportingPeriod(ReportingPeriodKind.Year, year, 1);
    }

    /// <summary>The period of the given kind that holds <paramref name="day"/>.</summary>
    public static ReportingPeriod Containing(ReportingPeriodKind kind, DateOnly day) => kind switch
    {
        ReportingPeriodKind.Month => new(kind, day.Year, day.Month),
        ReportingPeriodKind.Quarter => new(kind, day.Year, ((day.Month - 1) / 3) + 1),
        _ => new(kind, day.Year, 1),
    };

    /// <summary>The period being reported on <paramref name="today"/>: the last one that has ended.</summary>
    public static ReportingPeriod Reported(ReportingPeriodKind kind, DateOnly today) => Containing(kind, today).Previous();

    public string Code => Kind switch
    {
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Number:00}"),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}"),
        _ => Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>«март 2021 г.», «I квартал 2021 г.», «2021 год».</summary>
    public string Label => Kind switch
    {
        ReportingPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Months[Number - 1]} {Year} г."),
        ReportingPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Quarters[Number - 1]} квартал {Year} г."),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year} год"),
    };

    public DateOnly Start => Kind switch
    {
        ReportingPeriodKind.Month => new(Year, Number, 1),
        ReportingPeriodKind.Quarter => new(Year, ((Number - 1) * 3) + 1, 1),
        _ => new(Year, 1, 1),
    };

    public DateOnly End => Kind switch
    {
        ReportingPeriodKind.Month => Start.AddMonths(1).AddDays(-1),
        ReportingPeriodKind.Quarter => Start.AddMonths(3).AddDays(-1),
        _ => new(Year, 12, 31),
    };

    /// <summary>The share of the year elapsed at the period's end, in months: what a pro-rata target takes of the year's target.</summary>
    public decimal YearFraction => End.Month / 12m;

    public ReportingPeriod Previous() => Kind switch
    {
        ReportingPeriodKind.Month => Number == 1 ? new(Kind, Year - 1, 12) : this with { Number = Number - 1 },
        ReportingPeriodKind.Quarter => Number == 1 ? new(Kind, Year - 1, 4) : this with { Number = Number - 1 },
        _ => this with { Year = Year - 1 },
    };

    /// <summary>
    /// The day the report is due: the <paramref name="dueWorkingDay"/>-th working day (Monday to Friday) of the month
    /// after the period. Public holidays are not known to the portal; the office sets the day with them in mind.
    /// </summary>
    public DateOnly DueDate(int dueWorkingDay)
    {
        var day = End.AddDays(1);
        var counted = 0;
        while (true)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && ++counted >= Math.Max(1, dueWorkingDay))
            {
                return day;
            }

            day = day.AddDays(1);
        }
    }

    public override string ToString() => Code;

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>\d{2})|[QqКк](?<quarter>\d)))?$")]
    private static partial Regex CodePattern();
}
