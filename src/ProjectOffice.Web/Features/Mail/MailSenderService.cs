using Microsoft.Extensions.Options;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// The background sender of this instance. Without an SMTP host it does nothing: letters stay in the outbox and can be
/// read at /admin/mail (the demo), and go out once a host is configured.
/// </summary>
public sealed class MailSenderService(MailDelivery delivery, MailSignal signal, IOptions<MailOptions> options, ILogger<MailSenderService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Configured)
        {
            log.LogInformation("Mail__Smtp__Host is not set: letters stay in the outbox (/admin/mail) and nothing leaves this machine");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await delivery.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away for a moment; the letters wait in it.
                log.LogError(ex, "The mail sender failed a round; it tries again");
            }

            if (sent == 0)
            {
                try
                {
                    await signal.WaitAsync(settings.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
