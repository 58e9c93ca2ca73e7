using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProjectOffice.Forms.Printing;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// The one Chromium of a test run: every portal host and every printer fixture prints through it, instead of each
/// starting a browser of its own (a Chromium costs a core-second and ~150 MB to start).
/// </summary>
public static class SharedPrinter
{
    private static readonly Lazy<ChromiumPrinter> Shared = new(Create);

    public static ChromiumPrinter Instance => Shared.Value;

    private static ChromiumPrinter Create()
    {
        // Parallel collections queue for its render slots; the timeout counts the wait, so it is longer than the portal's.
        var printer = new ChromiumPrinter(
            Options.Create(new PrintingOptions { RenderTimeout = TimeSpan.FromMinutes(2) }), NullLogger<ChromiumPrinter>.Instance);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => printer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return printer;
    }
}
