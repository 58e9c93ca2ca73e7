namespace ProjectOffice.Domain.Notifications;

/// <summary>
/// When a letter that could not be delivered is tried again: doubling from <see cref="First"/> up to <see cref="Longest"/>,
/// failed for good after <see cref="MaxAttempts"/> attempts (a day and more of outage with the defaults).
/// </summary>
public sealed record RetrySchedule(TimeSpan First, TimeSpan Longest, int MaxAttempts)
{
    public static RetrySchedule Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromHours(1), 40);

    /// <summary>The delay after the given number of failed attempts (1 = the first failure).</summary>
    public TimeSpan DelayAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ticks = First.Ticks * Math.Pow(2, exponent);
        return ticks >= Longest.Ticks ? Longest : TimeSpan.FromTicks((long)ticks);
    }

    public bool GivesUp(int attempts) => attempts >= MaxAttempts;
}
