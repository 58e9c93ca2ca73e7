using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace ProjectOffice.Forms.Printing;

/// <summary>
/// Prints HTML to PDF with Debian's headless Chromium through Playwright. One browser per portal process, started on
/// the first print and reused (its tabs too: one per render slot, kept between renders), started again when it has died. At most
/// <see cref="PrintingOptions.MaxConcurrentRenders"/> renders run at once, each within <see cref="PrintingOptions.RenderTimeout"/>.
/// Nothing is downloaded: Playwright's driver ships in its NuGet package, the browser is the system's.
/// </summary>
public sealed class ChromiumPrinter(IOptions<PrintingOptions> options, ILogger<ChromiumPrinter> logger) : IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LaunchTimeout = TimeSpan.FromSeconds(30);

    private readonly PrintingOptions settings = options.Value;
    private readonly SemaphoreSlim renderSlots = new(Math.Max(1, options.Value.MaxConcurrentRenders));
    private readonly SemaphoreSlim launchLock = new(1, 1);
    private readonly ConcurrentBag<(IBrowser Browser, IPage Page)> idleTabs = [];
    private IPlaywright? playwright;
    private IBrowser? browser;
    private bool disposed;
    private int rendersStarted;

    /// <summary>The running browser, for tests that need to see it die.</summary>
    internal IBrowser? Browser => Volatile.Read(ref browser);

    /// <summary>Documents handed to Chromium so far, for tests that need to know a render has begun (or did not).</summary>
    internal int RendersStarted => Volatile.Read(ref rendersStarted);

    /// <summary>Prints a complete HTML document (styles inline; only data: URIs load) to PDF bytes.</summary>
    /// <exception cref="ChromiumMissingException">The configured Chromium executable does not exist.</exception>
    /// <exception cref="PdfRenderTimeoutException">The PDF was not ready in time.</exception>
    /// <exception cref="ChromiumCrashedException">Chromium died during the render.</exception>
    public async Task<byte[]> PrintAsync(string html, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(html);
        ObjectDisposedException.ThrowIf(disposed, this);

        var timeout = settings.RenderTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await renderSlots.WaitAsync(deadline.Token);
            try
            {
                var current = await GetBrowserAsync(deadline.Token);
                return await RenderAsync(current, html, deadline.Token);
            }
            finally
            {
                renderSlots.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException && !ct.IsCancellationRequested || ex is TimeoutException)
        {
            throw new PdfRenderTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"The PDF was not ready within {timeout.TotalSeconds:0.#} s (waiting for a free slot included)."), ex);
        }
        catch (PlaywrightException ex) when (!ct.IsCancellationRequested)
        {
            // The browser went away under the render (its tab, context or connection closed). GetBrowserAsync sees
            // the browser disconnected and starts another for the next print.
            logger.LogWarning(ex, "Chromium died while printing");
            throw new ChromiumCrashedException("Chromium exited while the PDF was being printed.", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await launchLock.WaitAsync();
        try
        {
            if (browser is { } current)
            {
                await CloseQuietlyAsync(current);
                browser = null;
            }

            playwright?.Dispose();
            playwright = null;
        }
        finally
        {
            launchLock.Release();
        }

        launchLock.Dispose();
        renderSlots.Dispose();
    }

    private async Task<IBrowser> GetBrowserAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref browser) is { IsConnected: true } running)
        {
            return running;
        }

        await launchLock.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (browser is { } existing)
            {
                if (existing.IsConnected)
                {
                    return existing;
                }

                await CloseQuietlyAsync(existing);
                browser = null;
            }

            if (!File.Exists(settings.ChromiumPath))
            {
                throw new ChromiumMissingException(
                    $"Chromium is not installed at {settings.ChromiumPath} (setting Forms:ChromiumPath): PDF printing is unavailable.");
            }

            playwright ??= await Playwright.CreateAsync();
            var launched = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.ChromiumPath,
                Headless = true,
                Args = Flags,
                Timeout = (float)LaunchTimeout.TotalMilliseconds,
            });
            launched.Disconnected += (_, _) => logger.LogWarning("Chromium for printing has exited; the next print starts it again");
            logger.LogInformation("Chromium {Version} started for printing", launched.Version);
            Volatile.Write(ref browser, launched);
            return launched;
        }
        finally
        {
            launchLock.Release();
        }
    }

    private async Task<byte[]> RenderAsync(IBrowser current, string html, CancellationToken deadline)
    {
        // A killed Chromium is noticed (Disconnected) but a pending SetContent/Pdf is not always failed by Playwright:
        // it would wait for the whole render timeout. The render gives up as soon as the browser is gone.
        using var gone = CancellationTokenSource.CreateLinkedTokenSource(deadline);
        void OnDisconnected(object? sender, IBrowser closed) => gone.Cancel();
        current.Disconnected += OnDisconnected;
        try
        {
            if (!current.IsConnected)
            {
                await gone.CancelAsync();
            }

            return await RenderPageAsync(current, html, gone.Token);
        }
        catch (OperationCanceledException ex) when (!deadline.IsCancellationRequested && !current.IsConnected)
        {
            throw new ChromiumCrashedException("Chromium exited while the PDF was being printed.", ex);
        }
        finally
        {
            current.Disconnected -= OnDisconnected;
        }
    }

    private async Task<byte[]> RenderPageAsync(IBrowser current, string html, CancellationToken ct)
    {
        // A tab that printed before is used again: a fresh context and tab cost about 300 ms of a 1,000-item plan's
        // two seconds. Nothing carries over between forms: the next SetContent replaces the document, and a tab loads
        // nothing from the network (no cookies, storage or cache to keep).
        IPage? page = null;
        while (page is null && idleTabs.TryTake(out var idle))
        {
            if (idle.Browser == current && !idle.Page.IsClosed)
            {
                page = idle.Page;
            }
        }

        var context = page?.Context ?? await current.NewContextAsync().WaitAsync(ct);
        var printed = false;
        try
        {
            if (page is null)
            {
                page = await context.NewPageAsync().WaitAsync(ct);
                // The form is self-contained: anything it would fetch is refused, so a stray URL can neither leak nor stall.
                await page.RouteAsync("**/*", route =>
                    route.Request.Url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? route.ContinueAsync() : route.AbortAsync());
            }

            Interlocked.Increment(ref rendersStarted);
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load }).WaitAsync(ct);
            // Page size, margins and what the margins hold (page numbers, the draft mark) come from the page's own CSS.
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true }).WaitAsync(ct);
            printed = true;
            return pdf;
        }
        finally
        {
            if (printed && current.IsConnected)
            {
                // At most one idle tab per render slot: a render takes a slot before it takes a tab.
                idleTabs.Add((current, page!));
            }
            // Closing the context also ends a render that has timed out; a browser that cannot even do that is replaced.
            // A browser that is gone has no context left to close.
            else if (current.IsConnected)
            {
                try
                {
                    await context.CloseAsync().WaitAsync(CloseTimeout, CancellationToken.None);
                }
                catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
                {
                    logger.LogWarning(ex, "A Chromium print tab did not close; Chromium is started afresh for the next print");
                    Interlocked.CompareExchange(ref browser, null, current);
                    await CloseQuietlyAsync(current);
                }
            }
        }
    }

    private async Task CloseQuietlyAsync(IBrowser target)
    {
        try
        {
            await target.CloseAsync().WaitAsync(CloseTimeout, CancellationToken.None);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            logger.LogWarning(ex, "Chromium did not close cleanly");
        }
    }
}
