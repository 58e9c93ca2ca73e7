using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Mail;

/// <summary>A portal whose sender talks to a real SMTP server of the test, retries quickly, and runs no scheduled pass of its own.</summary>
public sealed class MailPortalFactory : PortalFactory
{
    public TestSmtpServer Smtp { get; } = new();

    public override async Task InitializeAsync()
    {
        Smtp.Start();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "none");
        builder.UseSetting("Mail:Smtp:Timeout", "00:00:05");
        builder.UseSetting("Mail:PollInterval", "00:00:00.100");
        builder.UseSetting("Mail:RetryFirst", "00:00:00.100");
        builder.UseSetting("Mail:RetryLongest", "00:00:00.500");
        builder.UseSetting("Mail:MaxAttempts", "1000");
        builder.UseSetting("Portal:PublicUrl", "http://portal.test");
    }

    protected override void Dispose(bool disposing)
    {
        Smtp.Dispose();
        base.Dispose(disposing);
    }
}
