using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Forms.Printing;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// The real portal on a real PostgreSQL database of its own (cloned from the migrated template).
/// Shared by the test classes of a feature through a collection (<see cref="Portals"/>); collections run in parallel.
/// Prints through the run's one Chromium (<see cref="SharedPrinter"/>) unless <see cref="SharesPrinter"/> says otherwise.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Program.cs makes Serilog's bootstrap logger, which is process-wide: two portals starting at the same moment both
    // freeze it and one dies («The logger is already frozen»). Portals of parallel test classes start one at a time.
    private static readonly Lock StartLock = new();
    private readonly bool migrate;
    private readonly bool ownsDatabase;
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> arranged = new(StringComparer.Ordinal);
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

    /// <summary>False for a portal whose printing settings are under test: it makes its own printer from its settings.</summary>
    protected virtual bool SharesPrinter => true;

    public string ConnectionString => connectionString ?? throw new InvalidOperationException("The factory's database is made in InitializeAsync.");

    public async Task InitializeAsync() => connectionString ??= await TestDatabaseServer.CreateDatabaseAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (ownsDatabase && connectionString is not null)
        {
            await TestDatabaseServer.DropDatabaseAsync(connectionString);
        }
    }

    /// <summary>
    /// Arranges data once per portal and hands the same result to every later caller with the same key: for a test class
    /// that needs a project of its own (e.g. a copy of a demo project) without importing one per test.
    /// </summary>
    public async Task<T> ArrangeOnceAsync<T>(string key, Func<Task<T>> arrange) where T : notnull =>
        (T)await arranged.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await arrange())).Value;

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
        if (SharesPrinter)
        {
            // Registered as an instance, so the host does not dispose the run's browser when it stops.
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<ChromiumPrinter>();
                services.AddSingleton(SharedPrinter.Instance);
            });
        }
    }
}
