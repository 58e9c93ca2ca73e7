namespace ProjectOffice.Domain.Notifications;

/// <summary>
/// One letter of the outbox. It is written in the same transaction as the event that causes it and delivered later by
/// the sender, so a letter survives a restart and an SMTP outage. Bodies are kept whole (text columns, no limit).
/// </summary>
public sealed class MailLetter
{
    public long Id { get; set; }

    /// <summary>One of <see cref="NotificationKinds"/>: what the person may turn off.</summary>
    public string Kind { get; set; } = "";
    public string? UserId { get; set; }
    public string ToAddress { get; set; } = "";
    public string ToName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";

    /// <summary>The one-click unsubscribe address of the List-Unsubscribe header.</summary>
    public string? UnsubscribeUrl { get; set; }

    /// <summary>Where the event is in the portal (a held event is listed by it in the digest).</summary>
    public string? Link { get; set; }
    public int? ProjectId { get; set; }
    public MailStatus Status { get; set; } = MailStatus.Queued;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The SMTP server's answer to the last failed attempt («550 5.1.1 …»).</summary>
    public string? LastError { get; set; }

    /// <summary>The day of a digest; (UserId, DigestDate, Kind) is unique, so two passes never write two digests.</summary>
    public DateOnly? DigestDate { get; set; }
}
