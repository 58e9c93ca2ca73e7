using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// The one PostgreSQL server of a test run: ConnectionStrings__Tests when set, else a Testcontainers
/// container when a Docker engine answers, else a throwaway cluster from the OS's PostgreSQL binaries.
/// Databases are cloned from a migrated template, so each test class gets its own in milliseconds.
/// </summary>
public static class TestDatabaseServer
{
    private const string TemplateName = "projectoffice_template";
    private static readonly SemaphoreSlim CloneLock = new(1, 1);
    private static readonly Lazy<Task<string>> Server = new(StartServerAsync);
    private static readonly Lazy<Task<string>> Template = new(PrepareTemplateAsync);
    private static int counter;

    /// <summary>Connection string of a new database with the schema and demo accounts, private to the caller.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Server.Value;
        await Template.Value;
        var name = $"po_test_{Environment.ProcessId}_{Interlocked.Increment(ref counter)}";
        await CloneLock.WaitAsync();
        try
        {
            await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"");
        }
        finally
        {
            CloneLock.Release();
        }

        return WithDatabase(admin, name);
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var admin = await Server.Value;
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task<string> StartServerAsync()
    {
        if (Environment.GetEnvironmentVariable("ConnectionStrings__Tests") is { Length: > 0 } configured)
        {
            return configured;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return container.GetConnectionString();
        }
        catch (Exception ex) when (ex is DockerUnavailableException or ArgumentException or InvalidOperationException or HttpRequestException or TimeoutException)
        {
            // No Docker engine here (the usual case on CI machines): use the OS's PostgreSQL binaries.
            return await LocalPostgresCluster.StartAsync();
        }
    }

    private static async Task<string> PrepareTemplateAsync()
    {
        var admin = await Server.Value;
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE \"{TemplateName}\"");
        var template = WithDatabase(admin, TemplateName);
        // The portal migrates and seeds the template itself, exactly as ./run.sh does.
        await using (var portal = new PortalFactory(template, migrate: true))
        {
            portal.StartServerForTemplate();
        }

        NpgsqlConnection.ClearAllPools();
        return template;
    }

    private static string WithDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = true, MaxPoolSize = 20 }.ConnectionString;

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(WithDatabase(connectionString, "postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
