using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ProjectOffice.Data.DemoData;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// The real portal on a real PostgreSQL database of its own (cloned from the migrated template).
/// Use as a class fixture: each test class gets its own database, so classes run in parallel.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Program.cs makes Serilog's bootstrap logger, which is process-wide: two portals starting at the same moment both
    // freeze it and one dies («The logger is already frozen»). Portals of parallel test classes start one at a time.
    private static readonly Lock StartLock = new();
    private readonly bool migrate;
    private readonly bool ownsDatabase;
    private string? connectionString;

    public PortalFactory()
    {
        ownsDatabase = true;
    }

    internal PortalFactory(string connectionString, bool migrate)
    {
        this.connectionString = connectionString;
        this.migrate = migrate;
    }

    public string ConnectionString => connectionString ?? throw new InvalidOperationException("The factory's database is made in InitializeAsync.");

    public virtual async Task InitializeAsync() => connectionString ??= await TestDatabaseServer.CreateDatabaseAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (ownsDatabase && connectionString is not null)
        {
            await TestDatabaseServer.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>A client that keeps cookies and shows redirects as they are.</summary>
    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<PortalClient> SignInAsAsync(DemoUser user)
    {
        var client = CreatePortalClient();
        await client.SignInAsync(user.UserName, DemoUsers.Password);
        return client;
    }

    /// <summary>Starts the portal on Kestrel at a free port (for browser tests) and returns its address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    internal void StartServerForTemplate() => _ = Services;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartLock)
        {
            return base.CreateHost(builder);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", migrate ? "true" : "false");
        builder.UseSetting("Portal:DemoMode", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests run the reminder pass for the dates they choose; a scheduled pass for the real today would only add letters.
        builder.UseSetting("Reminders:Enabled", "false");
    }
}
