using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>The <c>Reminders</c> section: when the daily pass runs and what it looks for.</summary>
public sealed class ReminderSettings
{
    public bool Enabled { get; set; } = true;

    /// <summary>Local time of the daily pass (portal's time zone unless <see cref="TimeZone"/> says another).</summary>
    public TimeOnly Time { get; set; } = new(7, 0);
    public string? TimeZone { get; set; }
    /// <summary>«7,1»: remind this many days ahead (a list in one value: the configuration binder appends to arrays instead of replacing them).</summary>
    public string DueInDays { get; set; } = string.Join(",", ReminderOptions.Default.DueInDays);
    public int EscalateAfterDays { get; set; } = ReminderOptions.Default.EscalateAfterDays;

    public ReminderOptions Rules => new(
        [.. DueInDays.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, System.Globalization.CultureInfo.InvariantCulture)).Where(d => d > 0).Distinct().Order()],
        Math.Max(0, EscalateAfterDays));
}
