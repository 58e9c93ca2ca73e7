using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// What a deadline typed as a phrase means in dates: «ноябрь 2019» → 01.11.2019–30.11.2019, «с 15 марта по 30.06.2019»
/// → the range, «в течение 2020 года» → the year, «II квартал 2021» → the quarter, «ежемесячно до 5 числа» → the
/// report dates inside the project's period. The typed text stays what is printed; the interval is what the Gantt
/// chart draws and what overdue checks and reminders use (its end). A phrase this parser cannot read gives null:
/// the text is kept and the plan page flags it «срок не распознан» for the leader to give a date.
/// </summary>
public static partial class DeadlinePhrase
{
    /// <summary>The flag shown next to a phrase that has no interpretation.</summary>
    public const string Unrecognised = "срок не распознан";

    private const string MonthPattern =
        "январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]";

    private static readonly string[] MonthStems = ["янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

    /// <summary>
    /// The interval a phrase stands for, or null when it cannot be read. <paramref name="period"/> (the project's
    /// period) bounds recurring deadlines and gives «весь период» its dates; without it those phrases are unread.
    /// </summary>
    public static DeadlineInterval? Parse(string? text, DateRange? period = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = Normalise(text);
        if (s.Length == 0)
        {
            return null;
        }

        if (Recurring(s, period) is { } recurring)
        {
            return recurring;
        }

        if (WholePeriod().IsMatch(s))
        {
            return period is null ? null : new DeadlineInterval(period.Start, period.End, []);
        }

        var span = Deadline(s);
        return span is { } v && v.Start <= v.End ? new DeadlineInterval(v.Start, v.End, []) : null;
    }

    private static (DateOnly Start, DateOnly End)? Deadline(string s)
    {
        // «до конца 2020 года», «не позднее IV квартала 2020», «до 01.07.2020»: a point at the end.
        var by = By().Match(s);
        if (by.Success)
        {
            var rest = by.Groups["rest"].Value;
            var inner = by.Groups["end"].Success || by.Groups["late"].Success ? Single(rest, null) : ExactDate(rest, null);
            return inner is { } point ? (point.End, point.End) : null;
        }

        var range = Range().Match(s);
        if (range.Success)
        {
            var right = Single(range.Groups["to"].Value, null);
            if (right is null)
            {
                return null;
            }

            var left = Single(range.Groups["from"].Value, null);
            if (left is null)
            {
                // «с 15 марта по 30.06.2019», «с 1 ноября по 28 февраля 2020»: the year comes from the end;
                // a start after the end belongs to the year before.
                left = Single(range.Groups["from"].Value, right.Value.End.Year);
                if (left is { } l && l.Start > right.Value.End)
                {
                    left = Single(range.Groups["from"].Value, right.Value.End.Year - 1);
                }
            }

            return left is { } from ? (from.Start, right.Value.End) : null;
        }

        return Single(s, null);
    }

    /// <summary>One date or one calendar period: a day, a month, a quarter, a half-year, a year.</summary>
    private static (DateOnly Start, DateOnly End)? Single(string s, int? yearHint)
    {
        s = Preposition().Replace(s, "");
        if (ExactDate(s, yearHint) is { } date)
        {
            return date;
        }

        var m = MonthYear().Match(s);
        if (m.Success && Year(m.Groups["year"], yearHint) is { } my)
        {
            var first = new DateOnly(my, Month(m.Groups["month"].Value), 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }

        m = Quarter().Match(s);
        if (m.Success && Year(m.Groups["year"], yearHint) is { } qy && Ordinal(m.Groups["n"].Value) is { } q and >= 1 and <= 4)
        {
            var first = new DateOnly(qy, ((q - 1) * 3) + 1, 1);
            return (first, first.AddMonths(3).AddDays(-1));
        }

        m = Half().Match(s);
        if (m.Success && Year(m.Groups["year"], yearHint) is { } hy && Ordinal(m.Groups["n"].Value) is { } h and >= 1 and <= 2)
        {
            var first = new DateOnly(hy, h == 1 ? 1 : 7, 1);
            return (first, first.AddMonths(6).AddDays(-1));
        }

        m = YearOnly().Match(s);
        if (m.Success && Year(m.Groups["year"], null) is { } y)
        {
            return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        }

        return null;
    }

    /// <summary>«12.05.2019», «12.05.19», «15 марта 2019», «15 марта» (with a year from the context).</summary>
    private static (DateOnly Start, DateOnly End)? ExactDate(string s, int? yearHint)
    {
        s = Preposition().Replace(s, "");
        int day, month, year;
        var m = NumericDate().Match(s);
        if (m.Success)
        {
            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (Year(m.Groups["year"], yearHint) is not { } y)
            {
                return null;
            }

            year = y;
        }
        else
        {
            m = WordDate().Match(s);
            if (!m.Success || Year(m.Groups["year"], yearHint) is not { } y)
            {
                return null;
            }

            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            month = Month(m.Groups["month"].Value);
            year = y;
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var date = new DateOnly(year, month, day);
        return (date, date);
    }

    private static DeadlineInterval? Recurring(string s, DateRange? period)
    {
        var m = RecurringPhrase().Match(s);
        if (!m.Success)
        {
            // «31.12.2019 (далее ежегодно)», «01.04.2019 (далее ежегодно до 2021 г.)»
            var further = FurtherYearly().Match(s);
            if (!further.Success || ExactDate(further.Groups["date"].Value, null) is not { } first)
            {
                return null;
            }

            var lastYear = further.Groups["until"].Success
                ? int.Parse(further.Groups["until"].Value, CultureInfo.InvariantCulture)
                : period?.End.Year;
            if (lastYear is null || lastYear < first.Start.Year)
            {
                return null;
            }

            var yearly = Enumerable.Range(first.Start.Year, lastYear.Value - first.Start.Year + 1)
                .Select(y => Clamp(y, first.Start.Month, first.Start.Day)).ToList();
            return new DeadlineInterval(yearly[0], yearly[^1], yearly);
        }

        if (period is null)
        {
            return null;
        }

        var every = m.Groups["every"].Value;
        var following = m.Groups["following"].Success;
        var day = m.Groups["day"].Success ? int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture) : (int?)null;
        if (every == "ежегодно" ? day is not null : m.Groups["dm"].Success)
        {
            // «ежегодно до 5 числа» names no month; «ежемесячно до 1 февраля» names one too many.
            return null;
        }

        var dates = new List<DateOnly>();
        if (every == "ежемесячно")
        {
            for (var month = new DateOnly(period.Start.Year, period.Start.Month, 1); month <= period.End; month = month.AddMonths(1))
            {
                var due = following ? month.AddMonths(1) : month;
                dates.Add(day is { } d ? Clamp(due, d) : month.AddMonths(1).AddDays(-1));
            }
        }
        else if (every == "ежеквартально")
        {
            for (var quarter = new DateOnly(period.Start.Year, (((period.Start.Month - 1) / 3) * 3) + 1, 1); quarter <= period.End; quarter = quarter.AddMonths(3))
            {
                // A quarterly «до 10 числа» is due in the month after the quarter, as quarterly reports are.
                dates.Add(day is { } d ? Clamp(quarter.AddMonths(3), d) : quarter.AddMonths(3).AddDays(-1));
            }
        }
        else
        {
            for (var year = period.Start.Year; year <= period.End.Year; year++)
            {
                dates.Add(m.Groups["dm"].Success
                    ? Clamp(following ? year + 1 : year, Month(m.Groups["month"].Value), int.Parse(m.Groups["dm"].Value, CultureInfo.InvariantCulture))
                    : new DateOnly(year, 12, 31));
            }
        }

        return dates.Count == 0 ? null : new DeadlineInterval(dates[0], dates[^1], dates);
    }

    private static DateOnly Clamp(DateOnly month, int day) => Clamp(month.Year, month.Month, day);

    private static DateOnly Clamp(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));

    private static int? Year(Group group, int? hint)
    {
        if (!group.Success)
        {
            return hint;
        }

        var y = int.Parse(group.Value, CultureInfo.InvariantCulture);
        return group.Value.Length == 2 ? 2000 + y : y is >= 1900 and <= 2200 ? y : null;
    }

    private static int Month(string word)
    {
        for (var i = 0; i < MonthStems.Length; i++)
        {
            // «март» starts with «ма» too: the three-letter stems are tried first.
            if (i != 4 && word.StartsWith(MonthStems[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 5;
    }

    private static int? Ordinal(string n) => n switch
    {
        "1" or "i" or "первый" or "первое" or "первом" => 1,
        "2" or "ii" or "второй" or "второе" or "втором" => 2,
        "3" or "iii" or "третий" or "третьем" => 3,
        "4" or "iv" or "четвертый" or "четвертом" => 4,
        _ => null,
    };

    /// <summary>Lower case, ё → е, one kind of dash and space, no «г.»/«года», no spaces inside «12.05. 2019».</summary>
    private static string Normalise(string text)
    {
        var s = text.ToLowerInvariant().Replace('ё', 'е').Replace('\u00A0', ' ');
        s = Dashes().Replace(s, "-");
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.', ';', ',', ' ');
        s = DotSpacing().Replace(s, "$1.$2");
        s = OrdinalSuffix().Replace(s, "$1");
        s = YearWord().Replace(s, "$1");
        s = Spaces().Replace(s, " ").Trim().TrimEnd('.', ';', ',', ' ');
        s = Within().Replace(s, "");
        return s.Trim();
    }

    [GeneratedRegex("[\u2010-\u2015\u2212]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d)\s*\.\s*(?=\d)(\d)")]
    private static partial Regex DotSpacing();

    [GeneratedRegex(@"\b(\d)-(?:й|е|го|м|ый|ое)\b")]
    private static partial Regex OrdinalSuffix();

    // «2020 г.», «2019-2021 гг.», «2020 года», «2021г.»; the year stays.
    [GeneratedRegex(@"(\d{4})\s*(?:гг?\.?|год(?:а|у|ы|ов)?)(?=[\s,;)-]|$)")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^(?:в течение|в течении|на протяжении|в период|в)\s+")]
    private static partial Regex Within();

    [GeneratedRegex(@"^(?:в|во|на|к)\s+")]
    private static partial Regex Preposition();

    [GeneratedRegex(@"^(?:постоянно|весь период|всего периода|срока реализации(?: проекта)?|всего срока(?: реализации)?(?: проекта)?|период реализации(?: проекта)?)$")]
    private static partial Regex WholePeriod();

    [GeneratedRegex(@"^(?:(?<end>до конца)|(?<late>не позднее|не позже)|до)\s+(?<rest>.+)$")]
    private static partial Regex By();

    [GeneratedRegex(@"^(?:(?:с|со)\s+(?<from>.+?)\s+(?:по|до)\s+(?<to>.+)|(?<from>[^-]+?)\s*-\s*(?<to>[^-]+))$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})(?:\.(?<year>\d{4}|\d{2}))?$")]
    private static partial Regex NumericDate();

    [GeneratedRegex("^(?<d>\\d{1,2}) (?<month>" + MonthPattern + ")(?: (?<year>\\d{4}))?$")]
    private static partial Regex WordDate();

    [GeneratedRegex("^(?<month>" + MonthPattern + ")(?: (?<year>\\d{4}))?$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?<n>[1-4]|i{1,3}|iv|первый|второй|третий|четвертый|первом|втором|третьем|четвертом) (?:квартал[а-я]*|кв\.?)(?: (?<year>\d{4}))?$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<n>[12]|i{1,2}|первое|второе|первом|втором) (?:полугоди[а-я]*|полуг\.?)(?: (?<year>\d{4}))?$")]
    private static partial Regex Half();

    [GeneratedRegex(@"^(?<year>\d{4})$")]
    private static partial Regex YearOnly();

    // «ежемесячно до 5 числа», «ежеквартально, до 10 числа месяца, следующего за отчетным», «ежегодно до 1 февраля».
    [GeneratedRegex("^(?<every>ежемесячно|ежеквартально|ежегодно)(?:,?\\s+(?:до|не позднее)\\s+(?:(?<day>\\d{1,2})(?:-?го)?\\s+числа|(?<dm>\\d{1,2})\\s+(?<month>" + MonthPattern + ")))?(?:,?\\s+(?:месяца|года)?,?\\s*(?<following>следующего за отчетным(?:\\s+[а-я]+)?))?(?:\\s+месяца)?$")]
    private static partial Regex RecurringPhrase();

    [GeneratedRegex(@"^(?<date>\d{1,2}\.\d{1,2}\.\d{4})\s*\(далее ежегодно(?: до (?<until>\d{4}))?\)$")]
    private static partial Regex FurtherYearly();
}

/// <summary>
/// A deadline phrase read as dates: the interval from <see cref="Start"/> to <see cref="End"/> (both included) and, for
/// a recurring deadline, each report date.
/// </summary>
public sealed record DeadlineInterval(DateOnly Start, DateOnly End, IReadOnlyList<DateOnly> ReportDates)
{
    public bool IsRecurring => ReportDates.Count > 0;
}
