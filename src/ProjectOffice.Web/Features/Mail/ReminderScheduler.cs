using Microsoft.Extensions.Options;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// Runs the reminder pass once a day at <c>Reminders:Time</c>. Every instance may run it: the digests' unique key in the
/// database makes the second pass of the day write nothing, so no cluster scheduler (Quartz) is needed.
/// </summary>
public sealed class ReminderScheduler(IServiceScopeFactory scopes, IOptions<ReminderSettings> options, TimeProvider clock, ILogger<ReminderScheduler> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var zone = settings.TimeZone is { Length: > 0 } id ? TimeZoneInfo.FindSystemTimeZoneById(id) : clock.LocalTimeZone;
        DateOnly? done = null;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
        do
        {
            var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
            var today = DateOnly.FromDateTime(local.DateTime);
            if (done != today && TimeOnly.FromDateTime(local.DateTime) >= settings.Time)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var result = await scope.ServiceProvider.GetRequiredService<ReminderPass>().RunAsync(today, stoppingToken);
                    log.LogInformation("Reminder pass for {Date}: {Written} digests written, {Already} already written, {NoAddress} people without an e-mail",
                        today, result.Written, result.AlreadyWritten, result.WithoutAddress);
                    done = today;
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    log.LogError(ex, "The reminder pass for {Date} failed; it is tried again in a minute", today);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
