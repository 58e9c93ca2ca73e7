using System.Net;
using AngleSharp.Dom;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>
/// Where the demo forms' pages break, read back from the PDF page by page: no page ends with a heading (a section or
/// stage heading, a table caption) whose content went to the next page, no page holds only signature blocks, and no
/// page of the national annexes is left half empty. Headings and signature blocks are taken from the form's own HTML
/// preview, so a new heading needs no change here.
/// </summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class PageBreakTests(PortalFactory portal)
{
    private const string Municipal = "Инженерный кластер";
    private const string National = "Успех каждого ребенка";

    // The page's bottom margin (print.css: 18 mm) holds «стр. N из M» and «ПРОЕКТ», which are not content.
    private const double BottomMarginPoints = 18 / 25.4 * 72;

    private const string Headings = "h1, h2, h3, .section-title, .table-title, .annex-heading, tr.heading, tr.group, tr.subheading";

    [Theory]
    [InlineData(Municipal, "passport")]
    [InlineData(Municipal, "plan")]
    [InlineData(Municipal, "control-events")]
    [InlineData(Municipal, "budget")]
    [InlineData(National, "passport")]
    [InlineData(National, "plan")]
    [InlineData(National, "control-events")]
    [InlineData(National, "budget")]
    [InlineData(National, "annexes")]
    public async Task No_page_ends_with_a_heading_or_holds_only_signatures(string project, string form)
    {
        var (html, pages) = await PrintAsync(project, form);

        var headings = html.QuerySelectorAll(Headings).Select(h => Collapse(Text(h))).Where(h => h.Length > 0).Distinct().ToList();
        var signatureWords = html.QuerySelectorAll(".signatures.bottom, .leader-signature")
            .SelectMany(s => Words(Text(s))).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(headings);
        var problems = new List<string>();
        for (var i = 0; i < pages.Count; i++)
        {
            var body = Body(pages[i]);
            var text = Collapse(string.Join(' ', body.Select(l => l.Text)));
            if (i < pages.Count - 1 && headings.FirstOrDefault(h => EndsWithHeading(text, h)) is { } heading)
            {
                problems.Add($"page {i + 1} of {pages.Count} ends with the heading «{heading}» (or its first lines)");
            }

            if (body.Count > 0 && signatureWords.Count > 0 && Words(text).All(signatureWords.Contains))
            {
                problems.Add($"page {i + 1} of {pages.Count} holds only signature blocks: «{text}»");
            }
        }

        Assert.True(problems.Count == 0, $"{project}, {form}: " + string.Join("; ", problems));
    }

    [Fact]
    public async Task No_page_of_the_national_annexes_but_the_last_is_left_half_empty()
    {
        var (_, pages) = await PrintAsync(National, "annexes");

        var top = pages.SelectMany(p => Body(p)).Min(l => l.Top);
        var problems = new List<string>();
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var page = pages[i];
            var filled = (Body(page).Max(l => l.Bottom) - top) / (page.Height - BottomMarginPoints - top);
            if (filled < 0.5)
            {
                problems.Add($"page {i + 1} of {pages.Count} is filled to {filled:P0}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("; ", problems));
    }

    private async Task<(IDocument Html, IReadOnlyList<PdfPage> Pages)> PrintAsync(string project, string form)
    {
        var id = await portal.ProjectIdAsync(project);
        using var client = await portal.SignInAsAsync(DemoUsers.Office);
        var html = await client.GetPageAsync($"/projects/{id}/forms/{form}");
        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/{form}.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        if (Environment.GetEnvironmentVariable("PO_KEEP_PDF") is { Length: > 0 } keep)
        {
            await File.WriteAllBytesAsync(Path.Combine(keep, $"{(project == National ? "national" : "municipal")}-{form}.pdf"), pdf);
        }

        return (html, await PdfPages.ReadAsync(pdf));
    }

    /// <summary>The page ends with the heading, or with its first lines (three words or more) and the rest went over.</summary>
    private static bool EndsWithHeading(string page, string heading)
    {
        var words = Words(heading);
        for (var count = words.Length; count >= Math.Min(3, words.Length); count--)
        {
            if (page.EndsWith(string.Join(' ', words.Take(count)), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static List<PdfLine> Body(PdfPage page) => page.Lines.Where(l => l.Top < page.Height - BottomMarginPoints).ToList();

    // The element's text nodes apart, as the page prints them (TextContent glues «…офиса</div><div>БОУ…» into one word).
    private static string Text(IElement element) => string.Join(' ', element.GetDescendants().OfType<IText>().Select(t => t.Data));

    // pdftotext reads a no-break space as a space.
    private static string Collapse(string text) => PdfText.Collapse(text.Replace('\u00a0', ' '));

    private static string[] Words(string text) => Collapse(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
