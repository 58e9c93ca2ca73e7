namespace ProjectOffice.Data.Versions;

/// <summary>
/// The comparison of two passports in brief, for a decision page: how many rows were added, removed and changed, and
/// the first few changes in document order (the full list is on the comparison page).
/// </summary>
public sealed record ChangeSummary(int Added, int Removed, int Changed, IReadOnlyList<ProjectChange> First)
{
    public const int FirstCount = 10;

    public int Total => Added + Removed + Changed;

    public static ChangeSummary Of(IReadOnlyList<ProjectChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return new ChangeSummary(
            changes.Count(c => c.Kind == ChangeKind.Added),
            changes.Count(c => c.Kind == ChangeKind.Removed),
            changes.Count(c => c.Kind == ChangeKind.Changed),
            changes.Take(FirstCount).ToList());
    }
}
