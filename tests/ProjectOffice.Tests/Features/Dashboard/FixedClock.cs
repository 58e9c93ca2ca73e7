namespace ProjectOffice.Tests.Features.Dashboard;

/// <summary>A clock standing still at one instant, in UTC, so that "today" is the same for every test of a class.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
