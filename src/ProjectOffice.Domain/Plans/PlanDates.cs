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

    /// <summary>Warnings for dates outside the enclosing period (stage or result, named as «этапа …») and the project.</summary>
    public static IReadOnlyList<string> Warnings(DateOnly? start, DateOnly? end, DateRange? enclosing, string? enclosingName, DateRange project)
    {
        var dates = new[] { start, end }.OfType<DateOnly>().ToList();
        var warnings = new List<string>();
        if (enclosing is not null && dates.Any(d => !enclosing.Contains(d)))
        {
            warnings.Add($"Срок выходит за рамки {enclosingName ?? "этапа"} ({enclosing}).");
        }

        if (dates.Any(d => !project.Contains(d)))
        {
            warnings.Add($"Срок выходит за рамки периода проекта ({project}).");
        }

        return warnings;
    }
}
