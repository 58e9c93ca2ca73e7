using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// How a section heading of the plan reads across the table, on the plan page and in every printed form:
/// «1. Организационные мероприятия», with its dates in brackets when the paper gives them (as a stage's heading has).
/// </summary>
public static class SectionHeading
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
}
