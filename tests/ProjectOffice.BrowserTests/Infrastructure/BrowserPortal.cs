using Microsoft.Playwright;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.BrowserTests.Infrastructure;

/// <summary>
/// The portal on Kestrel with its own database, and one headless Chromium, shared by every journey of the run
/// (<c>[Collection(BrowserPortal.Collection)]</c>); each journey opens its own browser context.
/// </summary>
public sealed class BrowserPortal : IAsyncLifetime, IDisposable
{
    public const string Collection = "Browser portal";

    private readonly PortalFactory factory = new();
    private IPlaywright? playwright;

    public Uri BaseAddress { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The portal's services, for a journey that needs to look up an id or check what was stored.</summary>
    public IServiceProvider Services => factory.Services;

    public async Task InitializeAsync()
    {
        await ((IAsyncLifetime)factory).InitializeAsync();
        BaseAddress = factory.StartKestrel();
        (playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "ru-RU" });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await ((IAsyncLifetime)factory).DisposeAsync();
    }

    public void Dispose() => factory.Dispose();
}

[CollectionDefinition(BrowserPortal.Collection)]
public sealed class BrowserJourneys : ICollectionFixture<BrowserPortal>;
