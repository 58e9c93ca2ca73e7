using System.Text.RegularExpressions;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Cells of the printed plan read back into a plan item's fields, the inverse of what PlanPrinting writes: a date with
/// an optional note after it («01.01.2019 (далее ежегодно)»), an end that may be a deadline phrase («декабрь 2017»)
/// and report dates one per line, «name, unit» of a result indicator, КП/РП/АП. Messages are Russian and name the
/// value, so that the caller can add the row and column.
/// </summary>
public static partial class PlanCellText
{
    /// <summary>An empty cell is no date; «dd.MM.yyyy» with an optional note after it; anything else is refused.</summary>
    public static bool TryParseStart(string? text, out PlanStartCell cell, out string? error)
    {
        cell = new PlanStartCell(null, null);
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            error = null;
            return true;
        }

        if (!LeadingDate().IsMatch(trimmed))
        {
            error = $"дата начала «{trimmed}» не распознана: укажите дату в виде дд.мм.гггг (пометку — после даты, например «01.01.2019 (далее ежегодно)»)";
            return false;
        }

        if (!TryDateWithNote(trimmed, out var date, out var note, out error))
        {
            return false;
        }

        cell = new PlanStartCell(date, note);
        return true;
    }

    /// <summary>
    /// The end cell, line by line as PlanPrinting.End writes it: the first line is the end date (with its note) or, when
    /// it does not start with a date, a deadline phrase; later lines that are a bare date are report dates, other
    /// lines add to the deadline phrase.
    /// </summary>
    public static bool TryParseEnd(string? text, out PlanEndCell cell, out string? error)
    {
        cell = new PlanEndCell(null, null, null, []);
        error = null;
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return true;
        }

        DateOnly? end = null;
        string? note = null;
        var deadline = new List<string>();
        var reports = new List<DateOnly>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!LeadingDate().IsMatch(line))
            {
                deadline.Add(line);
                continue;
            }

            if (!TryDateWithNote(line, out var date, out var lineNote, out error))
            {
                return false;
            }

            if (i == 0)
            {
                (end, note) = (date, lineNote);
            }
            else if (lineNote is null)
            {
                reports.Add(date);
            }
            else
            {
                deadline.Add(line);
            }
        }

        cell = new PlanEndCell(end, note, deadline.Count == 0 ? null : string.Join(" ", deadline), reports.Distinct().Order().ToList());
        return true;
    }

    /// <summary>«КП», «РП», «АП»; another label that starts with К, Р or А («К») keeps its text beside that level.</summary>
    public static bool TryParseControlLevel(string? text, out ControlLevel? level, out string? label, out string? error)
    {
        (level, label, error) = (null, null, null);
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<ControlLevel>())
        {
            if (string.Equals(PlanShape.ControlLevelLabel(candidate), trimmed, StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = char.ToUpperInvariant(trimmed[0]) switch
        {
            'К' => ControlLevel.Curator,
            'Р' => ControlLevel.Leader,
            'А' => ControlLevel.Administrator,
            _ => null,
        };
        if (level is null)
        {
            error = $"уровень контроля «{trimmed}» не распознан: укажите КП, РП или АП";
            return false;
        }

        label = trimmed;
        return true;
    }

    /// <summary>
    /// «Количество проведенных совещаний, ед.» → name and unit. A comma is also part of many names («Количество ОУ,
    /// участвующих в реализации проекта»), so only a known unit after the last comma is split off.
    /// </summary>
    public static (string? Name, string? Unit) SplitIndicator(string? text, IEnumerable<string> knownUnits)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return (null, null);
        }

        var units = knownUnits.Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).ToList();
        // A row whose own name is the result prints its unit alone («чел.»): that is a unit, not a result's name.
        if (units.Contains(trimmed, StringComparer.Ordinal))
        {
            return (null, trimmed);
        }

        foreach (var unit in units.OrderByDescending(u => u.Length))
        {
            var suffix = ", " + unit;
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                return (trimmed[..^suffix.Length].Trim(), unit);
            }
        }

        return (trimmed, null);
    }

    private static bool TryDateWithNote(string text, out DateOnly date, out string? note, out string? error)
    {
        var match = LeadingDate().Match(text);
        var token = match.Groups["date"].Value;
        note = match.Groups["rest"].Value.Trim() is { Length: > 0 } rest ? rest : null;
        if (DateInput.TryParse(token, out date, out var refused))
        {
            error = null;
            return true;
        }

        error = refused.StartsWith(DateInput.OutOfRange, StringComparison.Ordinal)
            ? $"дата «{token}» вне допустимых лет: {DateInput.OutOfRange}"
            : ExactShape().IsMatch(DateInput.AsciiDigits(token))
            ? $"дата «{token}» не существует"
            : $"дата «{token}» не распознана: укажите её в виде дд.мм.гггг";
        return false;
    }

    // A date-like token at the start («1.2.20» too, to refuse it with a message rather than read it as a phrase).
    [GeneratedRegex(@"^(?<date>\d{1,2}\.\d{1,2}\.\d{2,4})(?<rest>(?:\s.*)?)$", RegexOptions.Singleline)]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"^\d{2}\.\d{2}\.\d{4}$")]
    private static partial Regex ExactShape();
}
