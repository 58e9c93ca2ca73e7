namespace ProjectOffice.Domain.Notifications;

/// <summary>Where a letter of the outbox is on its way.</summary>
public enum MailStatus
{
    /// <summary>Waiting for the sender (new, or after a failed attempt until its next try).</summary>
    Queued = 1,

    /// <summary>Claimed by a sender until its lease ends; a sender that died leaves it to be claimed again.</summary>
    Sending = 2,
    Sent = 3,

    /// <summary>Refused by the server (a bad recipient) or out of attempts; the administrator may resend it.</summary>
    Failed = 4,

    /// <summary>An event for a person who gets this kind as a daily digest: it waits for the next reminder pass.</summary>
    Held = 5,

    /// <summary>A held event that went out inside a digest letter.</summary>
    Merged = 6,
}
