using System.Net;
using System.Net.Sockets;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed class ChromiumPrinterTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    private const string Pangram = "Съешь же ещё этих мягких французских булок, да выпей чаю";

    [Fact]
    public async Task Cyrillic_html_prints_to_a_pdf_that_reads_back_word_for_word()
    {
        var pdf = await fixture.Printer.PrintAsync(Page($"<p>{Pangram}</p><p>«30» января 2020 г.</p>"), CancellationToken.None);

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains(Pangram, text, StringComparison.Ordinal);
        Assert.Contains("«30» января 2020 г.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_numbered_in_russian_by_the_print_stylesheet_and_fonts_are_embedded()
    {
        var pdf = await fixture.Printer.PrintAsync(Page($"<style>{PrintCss.Text}</style><p>{Pangram}</p>"), CancellationToken.None);

        Assert.Contains("стр. 1 из 1", PdfText.Collapse(await PdfText.ReadAsync(pdf)), StringComparison.Ordinal);
        var fonts = await PdfText.FontsAsync(pdf);
        Assert.Contains("LiberationSerif", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain(fonts.Split('\n').Where(l => l.Contains("LiberationSerif", StringComparison.Ordinal)),
            line => !line.Contains(" yes ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_form_cannot_fetch_anything_from_the_network()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            var html = Page($"<p>{Pangram}</p><img src=\"http://127.0.0.1:{port}/logo.png\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/x.css\">");

            var pdf = await fixture.Printer.PrintAsync(html, CancellationToken.None);

            Assert.Contains(Pangram, PdfText.Collapse(await PdfText.ReadAsync(pdf)), StringComparison.Ordinal);
            Assert.False(listener.Pending(), "Chromium connected to a server while printing a form.");
        }
        finally
        {
            listener.Stop();
        }
    }

    [Fact]
    public async Task Renders_run_side_by_side_on_one_browser()
    {
        var prints = Enumerable.Range(1, 5).Select(i => fixture.Printer.PrintAsync(Page($"<p>Документ номер {i}</p>"), CancellationToken.None));

        var pdfs = await Task.WhenAll(prints);

        for (var i = 0; i < pdfs.Length; i++)
        {
            Assert.Contains($"Документ номер {i + 1}", PdfText.Collapse(await PdfText.ReadAsync(pdfs[i])), StringComparison.Ordinal);
        }
    }

    internal static string Page(string body) =>
        $"<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><style>body {{ font-family: 'Liberation Serif', serif; }}</style></head><body>{body}</body></html>";
}
