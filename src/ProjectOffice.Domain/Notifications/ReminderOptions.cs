namespace ProjectOffice.Domain.Notifications;

/// <summary>How the daily pass looks ahead and when it escalates: «за 7 и за 1 день», curator after <see cref="EscalateAfterDays"/> days late.</summary>
public sealed record ReminderOptions(IReadOnlyList<int> DueInDays, int EscalateAfterDays)
{
    public static ReminderOptions Default { get; } = new([7, 1], 14);

    /// <summary>The furthest day ahead the pass has to read.</summary>
    public int Horizon => DueInDays.Count == 0 ? 0 : DueInDays.Max();
}
