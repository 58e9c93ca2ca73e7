using System.Net;
using ClosedXML.Excel;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class AnnexFormTests(PortalFactory portal)
{
    [Fact]
    public async Task Annexes_pdf_of_the_demo_project_read_like_the_seed()
    {
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");

        var (pdf, fileName) = await DownloadAsync($"/projects/{id}/forms/annexes.pdf");

        Assert.StartsWith("Приложение № 2 к паспорту проекта Успех каждого ребенка ", fileName, StringComparison.Ordinal);
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("ПРИЛОЖЕНИЕ № 2 к паспорту муниципального проекта «Успех каждого ребенка»", text, StringComparison.Ordinal);
        Assert.Contains("Показатели муниципального проекта в разрезе образовательных организаций", text, StringComparison.Ordinal);
        Assert.Contains("г. Саянск (муниципальное образование)", text, StringComparison.Ordinal);
        Assert.Contains("Показатель 1 Доля детей в возрасте от 5 до 18 лет, охваченных дополнительным образованием, %", text, StringComparison.Ordinal);
        Assert.Contains("ДОПОЛНИТЕЛЬНЫЕ ОБОСНОВЫВАЮЩИЕ МАТЕРИАЛЫ муниципального проекта «Успех каждого ребенка»", text, StringComparison.Ordinal);
        Assert.Contains("² За основу следует брать методику расчета целевых показателей регионального проекта", text, StringComparison.Ordinal);
        // Formulas print as written, not as LaTeX source.
        Assert.Contains("∑", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\sum", text, StringComparison.Ordinal);
        var rows = PdfText.Collapse(await PdfText.ReadAsync(pdf, layout: true));
        Assert.Contains("1. Учреждения дополнительного образования и 71 01.01.2018 73% 75% 76% 77% 78% 80%", rows, StringComparison.Ordinal);
        Assert.Contains("Всего по проекту 9,03 0,055 0,03 9,115", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Annexes_xlsx_of_the_demo_project_read_like_the_seed()
    {
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");

        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/annexes.xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal(["Приложение", "Материалы", "Методика расчета", "Финансовое обеспечение"], workbook.Worksheets.Select(s => s.Name));
        var annex = workbook.Worksheet("Приложение");
        var third = Find(annex, "3.").Address.RowNumber;
        Assert.Equal(XLDataType.Number, annex.Cell(third, 3).DataType);
        Assert.Equal(0.532, annex.Cell(third, 3).GetDouble(), 6);
        Assert.Equal("01.01.2018", annex.Cell(third, 4).GetString());
        Assert.Equal("73%", annex.Cell(Find(annex, "1.").Address.RowNumber, 5).GetString());
        Assert.Equal(6, Find(annex, "Период, год").MergedRange().ColumnCount());
        Assert.Equal(Find(annex, "№ п/п").Address.RowNumber, annex.PageSetup.FirstRowToRepeatAtTop);
        var methods = workbook.Worksheet("Методика расчета");
        Assert.Equal("Фдод=73", methods.Cell(Find(methods, "1.").Address.RowNumber, 3).GetString());
        var financing = workbook.Worksheet("Финансовое обеспечение");
        var first = Find(financing, "1.").Address.RowNumber;
        Assert.Equal("0,025\n0,015", financing.Cell(first, 5).GetString());
        Assert.Equal(0.07, financing.Cell(first, 7).GetDouble(), 6);
        var total = Find(financing, "Всего по проекту").Address.RowNumber;
        Assert.Equal([9.03, 0.055, 0.03, 9.115], Enumerable.Range(4, 4).Select(c => financing.Cell(total, c).GetDouble()));
    }

    [Fact]
    public async Task Long_annexes_repeat_their_table_headers_on_the_next_page()
    {
        var id = await PlanArrange.AddNationalAsync(portal, "Много показателей " + Guid.NewGuid().ToString("N")[..6], results: 1, indicators: 60);

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/annexes.pdf");
        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/annexes.xlsx");

        var pages = await PdfText.PageCountAsync(pdf);
        Assert.True(pages >= 4, $"60 indicators should fill at least four pages, got {pages}.");
        var second = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: 2));
        Assert.Contains("Базовое значение", second, StringComparison.Ordinal);
        Assert.Contains("Период, год", second, StringComparison.Ordinal);
        Assert.Contains($"стр. 2 из {pages}", second, StringComparison.Ordinal);
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("Показатель 60 Доля детей группы 60, охваченных образованием, %", text, StringComparison.Ordinal);
        Assert.Contains("² Сноска к методике", text, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        foreach (var sheet in new[] { workbook.Worksheet("Приложение"), workbook.Worksheet("Методика расчета") })
        {
            Assert.Equal(Find(sheet, "№ п/п").Address.RowNumber, sheet.PageSetup.FirstRowToRepeatAtTop);
        }

        Assert.Equal("60.", workbook.Worksheet("Приложение").Column(1).CellsUsed().Last().GetString());
        Assert.Equal(["- пункт списка", "- второй пункт"],
            workbook.Worksheet("Материалы").Column(1).CellsUsed().Select(c => c.GetString()).Where(t => t.StartsWith('-')));
    }

    [Theory]
    [InlineData("annexes")]
    [InlineData("annexes.pdf")]
    [InlineData("annexes.xlsx")]
    public async Task Methodist_of_another_organisation_cannot_read_the_annexes(string file)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Methodist);
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<(byte[] File, string? FileName)> DownloadAsync(string url)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    private static IXLCell Find(IXLWorksheet sheet, string text) => sheet.CellsUsed().First(c => c.GetString() == text);
}
