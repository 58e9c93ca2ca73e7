using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Features.Mail;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Maintenance verbs run with the portal's own configuration:
/// <c>migrate</c> applies migrations (and seeds demo data in demo mode);
/// <c>create-admin USER PASSWORD "FULL NAME"</c> makes an administrator in any environment;
/// <c>import FILE.json…</c> loads projectoffice/1 documents (bulk loads), each in its own transaction;
/// <c>remind [--date YYYY-MM-DD]</c> runs one reminder pass (today by default); <c>send-mail</c> delivers what is due in the outbox.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Verbs = ["migrate", "create-admin", "import", "remind", "send-mail"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        if (!await DatabaseStartup.CanConnectAsync(db, CancellationToken.None))
        {
            app.Logger.LogCritical(
                "Cannot reach PostgreSQL at {Connection}. Start the database or set ConnectionStrings__Default.",
                DatabaseStartup.Describe(app.Configuration));
            return 1;
        }

        switch (args[0])
        {
            case "migrate":
                await db.Database.MigrateAsync();
                await DatabaseStartup.SeedAsync(services, app.Configuration, app.Environment, app.Logger, CancellationToken.None);
                app.Logger.LogInformation("Database is up to date");
                return 0;
            case "create-admin" when args.Length >= 3:
                await db.Database.MigrateAsync();
                var seeder = services.GetRequiredService<AccountSeeder>();
                await seeder.EnsureRolesAsync();
                var fullName = args.Length >= 4 ? args[3] : args[1];
                try
                {
                    await seeder.CreateUserAsync(args[1], fullName, Roles.Admin, args[2], email: null);
                }
                catch (InvalidOperationException ex)
                {
                    app.Logger.LogError("{Problem}", ex.Message);
                    return 1;
                }

                app.Logger.LogInformation("Administrator {User} created", args[1]);
                return 0;
            case "import" when args.Length >= 2:
                return await ImportAsync(app, db, args[1..]);
            case "remind":
                return await MailCommands.RemindAsync(app, services, args[1..]);
            case "send-mail":
                return await MailCommands.SendAsync(app);
            default:
                app.Logger.LogError("Usage: migrate | create-admin USER PASSWORD \"FULL NAME\" | import FILE.json… | remind [--date YYYY-MM-DD] | send-mail");
                return 2;
        }
    }

    private static async Task<int> ImportAsync(WebApplication app, AppDbContext db, string[] files)
    {
        await db.Database.MigrateAsync();
        var failed = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                app.Logger.LogError("{File}: no such file", file);
                failed++;
                continue;
            }

            await using var json = File.OpenRead(file);
            var outcome = await ProjectImport.ImportJsonAsync(db, json, CancellationToken.None);
            db.ChangeTracker.Clear();
            if (outcome.Project is { } project)
            {
                app.Logger.LogInformation("{File}: imported project {ProjectId} «{Name}»", file, project.Id, project.Name);
                continue;
            }

            failed++;
            foreach (var problem in outcome.Problems)
            {
                app.Logger.LogError("{File}: {Path}: {Message}", file, problem.Path, problem.Message);
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
