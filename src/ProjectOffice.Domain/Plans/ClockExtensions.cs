namespace ProjectOffice.Domain.Plans;

/// <summary>"Today" for the rules that take it as a parameter: the date on the portal's local clock.</summary>
public static class ClockExtensions
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
