namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>A journal line of one control event.</summary>
public sealed record HistoryRow(DateTimeOffset At, string UserName, string? Field, string? OldValue, string? NewValue);
