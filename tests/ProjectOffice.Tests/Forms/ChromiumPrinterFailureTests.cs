using ProjectOffice.Forms.Printing;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed class ChromiumPrinterFailureTests
{
    [Fact]
    public async Task Missing_chromium_is_reported_as_such()
    {
        await using var printer = PrinterFixture.Create(new PrintingOptions { ChromiumPath = "/nonexistent/chromium" });

        await Assert.ThrowsAsync<ChromiumMissingException>(() => printer.PrintAsync(ChromiumPrinterTests.Page("<p>Тест</p>"), CancellationToken.None));
    }

    [Fact]
    public async Task A_render_that_hangs_times_out_and_the_printer_keeps_working()
    {
        var options = new PrintingOptions { RenderTimeout = TimeSpan.FromSeconds(3), MaxConcurrentRenders = 1 };
        await using var printer = PrinterFixture.Create(options);

        // A page that never finishes loading: its script never returns.
        var hanging = ChromiumPrinterTests.Page("<p>Зависший</p><script>for (;;) {}</script>");
        var error = await Assert.ThrowsAsync<PdfRenderTimeoutException>(() => printer.PrintAsync(hanging, CancellationToken.None));

        Assert.Contains("3 s", error.Message, StringComparison.Ordinal);
        // The printer reads its options on each print: a generous timeout now, so a busy test machine cannot fail the check.
        options.RenderTimeout = TimeSpan.FromMinutes(1);
        var pdf = await printer.PrintAsync(ChromiumPrinterTests.Page("<p>После таймаута</p>"), CancellationToken.None);
        Assert.Contains("После таймаута", PdfText.Collapse(await PdfText.ReadAsync(pdf)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_that_died_is_started_again()
    {
        await using var printer = PrinterFixture.Create(new PrintingOptions());
        await printer.PrintAsync(ChromiumPrinterTests.Page("<p>Первый</p>"), CancellationToken.None);
        var first = printer.Browser!;

        await first.CloseAsync();
        var pdf = await printer.PrintAsync(ChromiumPrinterTests.Page("<p>Второй</p>"), CancellationToken.None);

        Assert.False(first.IsConnected);
        Assert.NotSame(first, printer.Browser);
        Assert.Contains("Второй", PdfText.Collapse(await PdfText.ReadAsync(pdf)), StringComparison.Ordinal);
    }
}
