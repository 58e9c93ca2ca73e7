using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// The <c>Mail</c> section: the SMTP server (<c>Mail__Smtp__Host</c>, <c>__Port</c>, <c>__User</c>, <c>__Password</c>,
/// <c>__Security</c> none/starttls/ssl), the sender address and the sender's pace. Without a host nothing leaves the machine:
/// letters stay in the outbox, readable at /admin/mail.
/// </summary>
public sealed class MailOptions
{
    public SmtpSettings Smtp { get; set; } = new();
    public string From { get; set; } = "Проектный офис <noreply@projectoffice.local>";

    /// <summary>How often the sender looks for due letters when nobody woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claimed letter belongs to its sender; after that another instance may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);
    public TimeSpan RetryFirst { get; set; } = RetrySchedule.Default.First;
    public TimeSpan RetryLongest { get; set; } = RetrySchedule.Default.Longest;
    public int MaxAttempts { get; set; } = RetrySchedule.Default.MaxAttempts;

    public bool Configured => !string.IsNullOrWhiteSpace(Smtp.Host);

    public RetrySchedule Retries => new(RetryFirst, RetryLongest, MaxAttempts);
}
