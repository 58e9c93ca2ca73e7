namespace ProjectOffice.Domain.Notifications;

/// <summary>A kind of letter a person may turn off; <see cref="DigestOnly"/> kinds are daily digests by nature.</summary>
public sealed record NotificationKind(string Code, string Label, string Description, bool DigestOnly);
