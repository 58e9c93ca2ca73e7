using System.Net;
using System.Text;
using AngleSharp.Dom;
using ClosedXML.Excel;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Practices;

[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Practices)]
public sealed class PracticeFormTests(PortalFactory portal)
{
    [Fact]
    public async Task The_pdf_of_the_demo_practice_reads_like_the_seed()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await client.Http.GetAsync(new Uri($"/practices/{id}/forms/passport.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Паспорт практики Создание и развитие", response.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("19. Затраты на реализацию практики", text, StringComparison.Ordinal);
        Assert.Contains("Итого 81 323,914", text.Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.DoesNotContain("ПРОЕКТ", text, StringComparison.Ordinal);
        var (score, report) = await Fidelity.ScoreAsync(PracticeTestData.Seed, 1, PracticeTestData.SeedLines, pdf, "pdf");
        Assert.True(score >= 0.98, report);
    }

    [Fact]
    public async Task The_xlsx_of_the_demo_practice_reads_like_the_seed()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await client.Http.GetAsync(new Uri($"/practices/{id}/forms/passport.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xlsx = await response.Content.ReadAsByteArrayAsync();
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var itemRow = sheet.CellsUsed().Single(c => c.GetString() == "Оборудование, расходные материалы").Address.RowNumber;
        Assert.Equal(XLDataType.Number, sheet.Cell(itemRow, 3).DataType);
        Assert.Equal(45979.165, sheet.Cell(itemRow, 3).GetDouble(), 6);
        var totalRow = sheet.CellsUsed().Single(c => c.GetString() == "Итого").Address.RowNumber;
        Assert.Equal(81323.914, sheet.Cell(totalRow, 3).GetDouble(), 6);
        var (score, report) = await Fidelity.ScoreAsync(PracticeTestData.Seed, 1, PracticeTestData.SeedLines, xlsx, "xlsx");
        Assert.True(score >= 0.98, report);
    }

    [Fact]
    public async Task The_print_preview_carries_the_seed_text_and_links_to_the_files()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await client.Http.GetAsync(new Uri($"/practices/{id}/forms/passport", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var links = page.QuerySelectorAll("[data-testid='print-toolbar'] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/practices/{id}/forms/passport.pdf", links);
        Assert.Contains($"/practices/{id}/forms/passport.xlsx", links);
        Assert.Contains("81\u00a0323,914", page.QuerySelector("[data-testid='cost-total']")!.TextContent, StringComparison.Ordinal);
        // Text nodes joined with spaces, as a browser lays cells out: TextContent would glue neighbouring cells together.
        var text = string.Join(" ", page.Body!.Descendants<IText>().Select(t => t.Data));
        var (score, report) = await Fidelity.ScoreAsync(PracticeTestData.Seed, 1, PracticeTestData.SeedLines, Encoding.UTF8.GetBytes(text), "txt");
        Assert.True(score >= 0.98, report);
    }

    [Fact]
    public async Task A_draft_prints_marked_as_a_draft()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Черновик для печати", null);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var pdf = await office.Http.GetByteArrayAsync(new Uri($"/practices/{id}/forms/passport.pdf", UriKind.Relative));
        var preview = await office.GetPageAsync($"/practices/{id}/forms/passport");

        Assert.Contains("Черновик для печати", PdfText.Collapse(await PdfText.ReadAsync(pdf)), StringComparison.Ordinal);
        Assert.NotNull(preview.QuerySelector(".draft-stamp"));
    }

    [Fact]
    public async Task An_unknown_form_of_a_practice_is_not_found()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await client.Http.GetAsync(new Uri($"/practices/{id}/forms/passport.docx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
