using System.Text.RegularExpressions;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Places the rows of an uploaded plan in the tree from their «№ п/п» cells, the way the printed plan numbers them
/// (docs/project-format.md §6): municipal «N этап.» headings hold events «1.», «2.» …; national «Задача N» headings
/// hold results «R.», a result holds control points «R.C» and events «R.C.K»; one more part is a sub-event of the
/// event above with that number. The numbers themselves need not be consecutive (the portal renumbers from positions),
/// but each must fit where it stands: «3.7» under result «2.» does not.
/// A row whose name cell is empty and whose «№ п/п» cell holds a name is a section heading («1. Организационные
/// мероприятия», merged across the table): the rows after it stand in it, «1.1» under «1.», and a section «1.2» in the
/// section «1.». A named row without a number prints none; one numbered «2.1а» keeps that number and stands where «2.1» would.
/// </summary>
public static partial class PlanOutline
{
    /// <summary>The rows in the same order, or the problems (sheet row and Russian message; the column is always A).</summary>
    public static (IReadOnlyList<PlanOutlineRow> Rows, IReadOnlyList<(int Row, string Message)> Problems) Build(
        ProjectLayout layout, IReadOnlyList<(int Row, string Number)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return Build(layout, cells.Select(c => (c.Row, c.Number, (string?)null)).ToList());
    }

    /// <summary>As above, knowing each row's name cell (null: not known), so that section headings and unnumbered rows are read too.</summary>
    public static (IReadOnlyList<PlanOutlineRow> Rows, IReadOnlyList<(int Row, string Message)> Problems) Build(
        ProjectLayout layout, IReadOnlyList<(int Row, string Number, string? Name)> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var rows = new List<PlanOutlineRow>(cells.Count);
        var problems = new List<(int, string)>();
        var national = layout == ProjectLayout.National;
        var heading = -1;
        var result = -1;
        // The last stage or task heading: a section numbered with one part stands in it.
        var group = -1;

        // Every row gets a place even when it is wrong, so that one mistake is reported once, not again for each row below it.
        foreach (var (sheetRow, cell, name) in cells)
        {
            var text = cell;
            var index = rows.Count;
            if (PlanHeadingText.TryParse(text) is { } parsed)
            {
                var expected = national ? PlanItemKind.Task : PlanItemKind.Stage;
                if (parsed.Kind != expected)
                {
                    problems.Add((sheetRow, $"«{Short(text)}» — заголовок другого вида плана: здесь заголовки «{(national ? "Задача N" : "N этап.")} …»"));
                }

                rows.Add(new PlanOutlineRow(expected, -1, "", parsed.Name));
                (heading, result, group) = (index, -1, index);
                continue;
            }

            if (name is { Length: 0 } && PlanRowNumber.TryParse(text) is null && SectionHeading.Read(text) is { } section)
            {
                var sectionNumber = PlanRowNumber.TryParse(section.Number);
                var holder = sectionNumber?.Parent is { } enclosing ? Find(rows, enclosing.Text, group, PlanItemKind.Heading) ?? group : group;
                rows.Add(new PlanOutlineRow(PlanItemKind.Heading, holder, sectionNumber?.Text ?? "", section.Name, section.Number.Length == 0 ? "" : null));
                (heading, result) = (index, -1);
                continue;
            }

            var own = (string?)null;
            if (name is { Length: > 0 } && text.Trim().Length == 0)
            {
                // A named row without a number: it prints none and stands in the section, stage or result above.
                var above = national ? (result >= 0 ? result : heading) : heading;
                if (above < 0)
                {
                    problems.Add((sheetRow, "пункт без номера стоит выше первого заголовка (этапа, задачи или раздела)"));
                }

                rows.Add(new PlanOutlineRow(PlanItemKind.Event, above, "", null, ""));
                continue;
            }

            if (name is not null && OwnNumber().Match(text.Trim()) is { Success: true } typed)
            {
                // «2.1а»: printed as typed, placed as «2.1».
                own = text.Trim();
                text = typed.Groups["n"].Value;
            }

            var number = PlanRowNumber.TryParse(text);
            if (number is null)
            {
                problems.Add((sheetRow, text.Trim().Length == 0
                    ? "не указан номер пункта («1.», «1.1», «1.1.1») или заголовок этапа/задачи"
                    : $"«{Short(text)}» — не номер пункта плана (ожидается «1.», «1.1», «1.1.1» или заголовок «{(national ? "Задача 1 …" : "1 этап. …")}»)"));
                rows.Add(new PlanOutlineRow(PlanItemKind.Event, result >= 0 ? result : heading, text.Trim(), null));
                continue;
            }

            var (kind, parent, error) = national ? National(number, rows, heading, result) : Municipal(number, rows, heading);
            if (error is not null)
            {
                problems.Add((sheetRow, $"номер «{number.Text}» не подходит: {error}"));
            }

            rows.Add(new PlanOutlineRow(kind, parent, own ?? number.Text, null, own));
            if (kind == PlanItemKind.Result)
            {
                result = index;
            }
        }

        return (rows, problems);
    }

    private static (PlanItemKind Kind, int Parent, string? Error) National(PlanRowNumber number, List<PlanOutlineRow> rows, int task, int result)
    {
        if (number.Parts.Count == 1)
        {
            return (PlanItemKind.Result, task, task < 0 ? "результат стоит выше первой строки «Задача N …»" : null);
        }

        if (number.Parts.Count <= 3)
        {
            var kind = number.Parts.Count == 2 ? PlanItemKind.ControlPoint : PlanItemKind.Event;
            var first = number.Parts[0];
            var resultNumber = result >= 0 ? rows[result].Number : null;
            var error = resultNumber is null ? $"над ним нет результата «{first}.»"
                : resultNumber != $"{first}." ? $"пункт стоит под результатом «{resultNumber}», а не «{first}.»"
                : null;
            return (kind, result >= 0 ? result : task, error);
        }

        return SubEvent(number, rows, result >= 0 ? result : task);
    }

    private static (PlanItemKind Kind, int Parent, string? Error) Municipal(PlanRowNumber number, List<PlanOutlineRow> rows, int stage)
    {
        if (number.Parts.Count == 1)
        {
            return (PlanItemKind.Event, stage, stage < 0 ? "мероприятие стоит выше первой строки «N этап. …»" : null);
        }

        return SubEvent(number, rows, stage);
    }

    // A sub-event belongs to the nearest event or section above it (inside the same stage or result) that has its parent number.
    private static (PlanItemKind Kind, int Parent, string? Error) SubEvent(PlanRowNumber number, List<PlanOutlineRow> rows, int enclosing)
    {
        var parentNumber = number.Parent!.Text;
        // Inside sections the number may name any section of the same stage (or of the plan), so look back to it.
        var start = enclosing;
        while (start >= 0 && rows[start].Kind == PlanItemKind.Heading)
        {
            start = rows[start].ParentIndex;
        }

        return Find(rows, parentNumber, start, PlanItemKind.Event, PlanItemKind.Heading) is { } parent
            ? (PlanItemKind.Event, parent, null)
            : (PlanItemKind.Event, enclosing, $"над ним нет мероприятия «{parentNumber}»");
    }

    // The nearest row above (after index «after») of one of the kinds with that number.
    private static int? Find(List<PlanOutlineRow> rows, string number, int after, params PlanItemKind[] kinds)
    {
        for (var i = rows.Count - 1; i > after; i--)
        {
            if (kinds.Contains(rows[i].Kind) && rows[i].Number == number)
            {
                return i;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?<n>\d{1,4}(?:\.\d{1,4}){0,7})\.?[^\d\s.][^\s]{0,15}$")]
    private static partial Regex OwnNumber();

    private static string Short(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 60 ? trimmed : trimmed[..57] + "…";
    }
}
