using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>What the portal does with its database before it accepts requests.</summary>
public static class DatabaseStartup
{
    public const string ConnectionName = "Default";

    public static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString(ConnectionName) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "No database connection is configured: set ConnectionStrings__Default " +
                "(for example Host=localhost;Port=55432;Database=projectoffice;Username=projectoffice;Password=...) or start the portal with ./run.sh.");

    /// <summary>Checks the connection, applies migrations and seeds as configured; false when the portal must not start.</summary>
    public static async Task<bool> PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        var log = app.Logger;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await CanConnectAsync(db, ct))
        {
            log.LogCritical(
                "Cannot reach PostgreSQL at {Connection}. Start the database (./run.sh starts its own cluster) or set ConnectionStrings__Default to a reachable server.",
                Describe(app.Configuration));
            return false;
        }

        if (app.Configuration.GetValue<bool>("Database:MigrateOnStart"))
        {
            await db.Database.MigrateAsync(ct);
        }

        await SeedAsync(scope.ServiceProvider, app.Configuration, app.Environment, log, ct);
        return true;
    }

    public static async Task SeedAsync(IServiceProvider services, IConfiguration config, IHostEnvironment env, ILogger log, CancellationToken ct)
    {
        var seeder = services.GetRequiredService<AccountSeeder>();
        await seeder.EnsureRolesAsync();
        if (!config.GetValue<bool>("Portal:DemoMode"))
        {
            return;
        }

        if (env.IsProduction())
        {
            log.LogWarning("Portal:DemoMode is ignored in Production: demo accounts are never seeded there");
            return;
        }

        if (await seeder.SeedDemoUsersAsync(ct))
        {
            log.LogInformation("Seeded the demo accounts into an empty database");
        }

        if (await services.GetRequiredService<DemoProjectSeeder>().SeedAsync(ct))
        {
            log.LogInformation("Seeded the demo projects into an empty database");
        }

        var reports = new ProjectOffice.Forms.Reports.DemoReportSeeder(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<TimeProvider>());
        if (await reports.SeedAsync(services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ProjectOffice.Forms.Reports.ReportingOptions>>().Value, ct))
        {
            log.LogInformation("Seeded the demo reports of «Инженерный кластер»");
        }

        var practices = new DemoPracticeSeeder(services.GetRequiredService<AppDbContext>(), services.GetRequiredService<TimeProvider>());
        if (await practices.SeedAsync(ct))
        {
            log.LogInformation("Seeded the demo practice into a database without practices");
        }
    }

    public static async Task<bool> CanConnectAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The connection without its password, for log lines.</summary>
    public static string Describe(IConfiguration config)
    {
        var builder = new NpgsqlConnectionStringBuilder(config.GetConnectionString(ConnectionName));
        return $"Host={builder.Host};Port={builder.Port};Database={builder.Database};Username={builder.Username}";
    }
}
