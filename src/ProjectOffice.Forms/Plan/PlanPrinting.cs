using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Formatting;

namespace ProjectOffice.Forms.Plan;

/// <summary>How plan items and control events print their dates, executors and control level (docs/project-format.md §1, §4).</summary>
public static class PlanPrinting
{
    /// <summary>The executors as <see cref="ExecutorLine"/> words them (the pages word them the same way).</summary>
    public static string Responsibles(IEnumerable<Responsible> responsibles, bool onLines = false) => ExecutorLine.Join(responsibles, onLines);

    /// <summary>The printed text when there is one («31.06.2021»), else the date with its note after it, else nothing.</summary>
    public static PrintedDate? Date(DateOnly? date, string? text, string? note)
    {
        if (text is not null)
        {
            return new PrintedDate(text, null);
        }

        if (date is not { } value)
        {
            return null;
        }

        return note is null ? new PrintedDate(RussianDates.Numeric(value), value) : new PrintedDate($"{RussianDates.Numeric(value)} {note}", null);
    }

    public static PrintedDate? Start(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Date(item.StartDate, item.StartText, item.StartNote);
    }

    /// <summary>The end as printed, then a deadline phrase and the report dates, one per line.</summary>
    public static PrintedDate? End(PlanItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var end = Date(item.EndDate, item.EndText, item.EndNote);
        var lines = new List<string>();
        if (end is not null)
        {
            lines.Add(end.Text);
        }

        if (item.DeadlineText is not null)
        {
            lines.Add(item.DeadlineText);
        }

        lines.AddRange(item.ReportDates.Select(RussianDates.Numeric));
        return lines.Count switch
        {
            0 => null,
            1 when end is not null => end,
            _ => new PrintedDate(string.Join("\n", lines), null),
        };
    }

    /// <summary>КП, РП, АП — or the label the paper printed instead («К»).</summary>
    public static string? ControlLevel(ControlLevel? level, string? text) =>
        text ?? (level is { } known ? PlanShape.ControlLevelLabel(known) : null);

    /// <summary>The wording a form uses for a stage, task or indicator: its own variant, else the name.</summary>
    public static string Variant(IEnumerable<TextVariant> variants, FormKind form, string name)
    {
        ArgumentNullException.ThrowIfNull(variants);
        return variants.FirstOrDefault(v => v.Form == form)?.Text ?? name;
    }
}
