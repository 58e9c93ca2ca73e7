using System.Globalization;
using System.Text.RegularExpressions;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// How a section heading of the plan reads across the table, on the plan page and in every printed form:
/// «1. Организационные мероприятия», with its dates in brackets when the paper gives them (as a stage's heading has).
/// </summary>
public static partial class SectionHeading
{
    /// <summary>«1. Организационные мероприятия (01.02.2020 – 31.08.2020)»; no number when the row prints none.</summary>
    public static string Title(string number, string name, DateOnly? start, DateOnly? end, string? phrase)
    {
        var dates = (start, end) switch
        {
            ({ } from, { } to) when to >= from => RussianDates.Period(from, to),
            (null, { } to) => "до " + RussianDates.Numeric(to),
            ({ } from, null) => "с " + RussianDates.Numeric(from),
            _ => phrase,
        };
        var title = number.Length == 0 ? name : $"{number} {name}";
        return dates is null ? title : $"{title} ({dates})";
    }

    /// <summary>
    /// A section heading read back from a spreadsheet's merged row: its number («1.», «2.1», none), its name and the
    /// dates <see cref="Title"/> wrote in brackets; null when the text is not one (empty, or a bare number).
    /// </summary>
    public static (string Number, string Name, DateOnly? Start, DateOnly? End)? Read(string? text)
    {
        var match = Shape().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        DateOnly? start = null, end = null;
        if (Dates().Match(name) is { Success: true } dates)
        {
            start = Date(dates.Groups["from"].Value);
            end = Date(dates.Groups["to"].Value);
            name = name[..dates.Index].TrimEnd();
        }

        return name.Length == 0 ? null : (match.Groups["n"].Value, name, start, end);
    }

    private static DateOnly? Date(string text) => DateInput.TryParse(text, out var date, out _) ? date : null;

    [GeneratedRegex(@"^(?:(?<n>\d{1,4}(?:\.\d{1,4}){0,7}\.?)\s+)?(?<name>[^\d\s].*)$", RegexOptions.Singleline)]
    private static partial Regex Shape();

    // «(01.02.2020 – 31.08.2020)», «(до 31.08.2020)», «(с 01.02.2020)» at the end, as Title writes them.
    [GeneratedRegex(@"\s*\((?:(?<from>\d{2}\.\d{2}\.\d{4})\s*[–—-]\s*(?<to>\d{2}\.\d{2}\.\d{4})|до\s+(?<to>\d{2}\.\d{2}\.\d{4})|с\s+(?<from>\d{2}\.\d{2}\.\d{4}))\)$")]
    private static partial Regex Dates();
}
