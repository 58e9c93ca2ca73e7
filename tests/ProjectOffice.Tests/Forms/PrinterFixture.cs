using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Forms;

/// <summary>The run's printer (<see cref="SharedPrinter"/>) and a form renderer for a test class, without the portal.</summary>
public sealed class PrinterFixture : IAsyncLifetime
{
    private readonly ServiceProvider services = new ServiceCollection().AddLogging().BuildServiceProvider();

    public ChromiumPrinter Printer { get; } = SharedPrinter.Instance;

    public FormRenderer Renderer => new(services, services.GetRequiredService<ILoggerFactory>());

    public static ChromiumPrinter Create(PrintingOptions options) =>
        new(Options.Create(options), NullLogger<ChromiumPrinter>.Instance);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
    }
}
