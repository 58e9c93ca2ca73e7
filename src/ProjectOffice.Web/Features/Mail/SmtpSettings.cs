namespace ProjectOffice.Web.Features.Mail;

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>none, starttls or ssl; empty lets MailKit choose by the port.</summary>
    public string? Security { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
