namespace ProjectOffice.Web.Features.Mail;

/// <summary>Registers the outbox, its sender, the reminder pass and its daily schedule.</summary>
public static class MailSetup
{
    public static void AddPortalMail(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<MailOptions>(config.GetSection("Mail"));
        services.Configure<ReminderSettings>(config.GetSection("Reminders"));
        services.AddSingleton<PortalLinks>();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<MailSignal>();
        services.AddSingleton<MailDelivery>();
        services.AddScoped<ReminderPass>();
        services.AddScoped<DecisionNotifier>();
        services.AddHostedService<MailSenderService>();
        services.AddHostedService<ReminderScheduler>();
    }
}
