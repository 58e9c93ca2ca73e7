using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>The operators' verbs: <c>remind --date 2021-06-20</c> (one pass for a date) and <c>send-mail</c> (deliver what is due now).</summary>
public static class MailCommands
{
    public static async Task<int> RemindAsync(WebApplication app, IServiceProvider services, string[] args)
    {
        var date = services.GetRequiredService<TimeProvider>().Today();
        var at = Array.IndexOf(args, "--date");
        if (at >= 0 && (at + 1 >= args.Length
                        || !DateOnly.TryParseExact(args[at + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)))
        {
            app.Logger.LogError("Usage: remind [--date YYYY-MM-DD]");
            return 2;
        }

        var result = await services.GetRequiredService<ReminderPass>().RunAsync(date, CancellationToken.None);
        app.Logger.LogInformation(
            "Reminder pass for {Date}: {Events} open events read, {Written} digests written, {Already} already written for that day, {NoAddress} people without an e-mail, {Seconds:0.00} s",
            date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), result.EventsRead, result.Written, result.AlreadyWritten, result.WithoutAddress,
            result.Took.TotalSeconds);
        if (!services.GetRequiredService<IOptions<MailOptions>>().Value.Configured)
        {
            app.Logger.LogInformation("No SMTP server is configured: read the letters at /admin/mail in the portal");
        }

        return 0;
    }

    public static async Task<int> SendAsync(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<MailOptions>>().Value.Configured)
        {
            app.Logger.LogError("Set Mail__Smtp__Host (and Mail__Smtp__Port…) to send mail");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var count = await app.Services.GetRequiredService<MailDelivery>().DrainAsync(CancellationToken.None);
        app.Logger.LogInformation("{Count} letters dealt with in {Seconds:0.00} s ({Rate:0} per second)",
            count, watch.Elapsed.TotalSeconds, count / Math.Max(watch.Elapsed.TotalSeconds, 0.001));
        return 0;
    }
}
