namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Dates of a plan item or control event against the period around it. An end before the start is an error;
/// running past the stage or the project is allowed when the user confirms it, since real plans do
/// (seed 001 item 1.1.1 starts in 2018, before its project).
/// </summary>
public static class PlanDates
{
    public static string? OrderError(DateOnly? start, DateOnly? end) =>
        start is { } s && end is { } e && e < s ? "Дата окончания раньше даты начала." : null;

    /// <summary>True when a given date lies outside the range (no range: nothing to leave).</summary>
    public static bool Outside(DateOnly? start, DateOnly? end, DateRange? range) =>
        range is not null && new[] { start, end }.OfType<DateOnly>().Any(d => !range.Contains(d));

    /// <summary>Warnings for dates outside the enclosing period (stage or result, named as «этапа …») and the project.</summary>
    public static IReadOnlyList<string> Warnings(DateOnly? start, DateOnly? end, DateRange? enclosing, string? enclosingName, DateRange project)
    {
        var warnings = new List<string>();
        if (Outside(start, end, enclosing))
        {
            warnings.Add($"Срок выходит за рамки {enclosingName ?? "этапа"} ({enclosing}).");
        }

        if (Outside(start, end, project))
        {
            warnings.Add($"Срок выходит за рамки периода проекта ({project}).");
        }

        return warnings;
    }
}
