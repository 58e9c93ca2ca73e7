namespace ProjectOffice.Domain.Notifications;

/// <summary>A person's choice for one kind of letter; without a row the kind's defaults apply.</summary>
public sealed class NotificationSetting
{
    public string UserId { get; set; } = "";
    public string Kind { get; set; } = "";
    public bool Enabled { get; set; } = true;

    /// <summary>Events of this kind gathered into one letter a day instead of a letter each.</summary>
    public bool Digest { get; set; }
}
