using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

/// <summary>«Паспорт проекта» of the two demo projects as they are seeded: drafts, in their own layouts.</summary>
[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed partial class PassportFormTests(PortalFactory portal)
{
    private const string Municipal = "Инженерный кластер";
    private const string National = "Успех каждого ребенка";

    [Fact]
    public async Task Municipal_passport_pdf_prints_items_1_to_22_in_order()
    {
        var pdf = await DownloadAsync(Municipal, "pdf");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        string[] inOrder =
        [
            "ПАСПОРТ ПРОЕКТА «Инженерный кластер»", "I. Общая информация", "Наименование федерального проекта «Учитель будущего»",
            "развития Омской области до 2025 года",
            "Ефимова Лариса Геннадьевна, директор департамента образования Администрации города Омска, efimova_lg@mail.ru, тел. 20-13-30",
            "Номер тел.", "Романькова Наталья Владимировна", "II. Описание проекта", "- Создать систему профориентационной работы",
            "1. Создана система профориентационной работы", "4. Участие детей в мероприятиях различного уровня",
            "Проект в целом, в том числе в разрезе этапов реализации:", "01.02.2020 31.12.2021",
            "3 этап. Рефлексивно-оценочный. Анализ результатов реализации проекта. Определение стратегии развития проекта 01.09.2021 31.12.2021",
            "Объем финансирования этапов проекта, млн. рублей", "Внешние риски:", "- отсутствие инвестиций", "Внутренние риски:",
            "Руководитель проекта", "Чернецкая Людмила Геннадьевна", "(подпись, Ф.И.О.)",
        ];
        var at = 0;
        foreach (var words in inOrder)
        {
            at = text.IndexOf(words, at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"«{words}» is missing from the passport, or out of order.");
        }

        // Item 20: every amount of seed 000 is «-», so every computed total is «-» too.
        Assert.Contains("Проект в целом, в том числе в разрезе этапов реализации - - - - - 1 этап.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_passport_is_marked_and_its_signature_blocks_have_no_date()
    {
        var pdf = await DownloadAsync(Municipal, "pdf");
        var xlsx = await DownloadAsync(Municipal, "xlsx");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Matches(DraftMark(), text);
        // Four blocks to sign: the department's above the title, the project office's and the curator's at the end.
        Assert.Equal(4, CountOf(SignatureData.BlankDate, text));
        Assert.DoesNotContain("января 2020", text, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("ПРОЕКТ", cells);
        Assert.Equal(4, cells.Count(c => c == SignatureData.BlankDate));
        Assert.DoesNotContain(cells, c => c.Contains("января 2020", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Municipal_passport_xlsx_stores_item_numbers_as_numbers_and_stage_dates_as_dates()
    {
        var xlsx = await DownloadAsync(Municipal, "xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet("Паспорт проекта");
        Assert.Equal(XLPageOrientation.Portrait, sheet.PageSetup.PageOrientation);
        Assert.Equal(1, sheet.PageSetup.PagesWide);
        var start = sheet.CellsUsed().Where(c => c.GetString().StartsWith("1 этап. Подготовительный", StringComparison.Ordinal))
            .SelectMany(c => c.WorksheetRow().CellsUsed()).First(c => c.DataType == XLDataType.DateTime);
        Assert.Equal(new DateTime(2020, 2, 1), start.GetDateTime());
        Assert.Equal("dd.mm.yyyy", start.Style.NumberFormat.Format);
        var caption = sheet.CellsUsed().Single(c => c.GetString() == "Перечень исполнителей проекта");
        Assert.True(caption.IsMerged());
        Assert.Equal(12, caption.MergedRange().RowCount());
        var number = sheet.Cell(caption.Address.RowNumber, 1);
        Assert.Equal(XLDataType.Number, number.DataType);
        Assert.Equal(11, number.GetDouble());
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Внебюджетных источников (гранты)");
        Assert.Contains(sheet.CellsUsed(), c => c.GetString() == "Перечень муниципальных программ города Омска в сфере реализации проекта");
    }

    [Fact]
    public async Task National_passport_pdf_prints_sections_1_to_5_with_computed_totals()
    {
        var pdf = await DownloadAsync(National, "pdf");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        foreach (var words in new[]
                 {
                     "муниципального проекта «Успех каждого ребенка» 1. Основные положения", "1. Основные положения", "01.01.2019 - 31.12.2024",
                     "Ермаков Александр Владимирович, Заместитель мэра городского округа по социальным вопросам",
                     "2. Цель и показатели муниципального проекта", "Цель: Обеспечение к 2024 году", "1 января 2019 г.", "1 июня 2019 г.",
                     "3. Задачи и результаты муниципального проекта", "1.13.", "4. Финансовое обеспечение реализации муниципального проекта",
                     "5. Участники муниципального проекта", "Общие организационные мероприятия по проекту", "Руководители общеобразовательных учреждений города",
                 })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }

        var table = PdfText.Collapse(await PdfText.ReadAsync(pdf, layout: true));
        // Directions keep the seed's typed numbers 1.3–1.9; the project's totals are the paper's typed ones (docs §6).
        Assert.Contains("1.9. Ежегодное увеличение", table, StringComparison.Ordinal);
        Assert.Contains("региональный бюджет 0,015 0,015 0,015 0,015 0,015 0,015 0,09", table, StringComparison.Ordinal);
        Assert.Contains("региональный бюджет 9,0 0 0 0 0 0 9,0", table, StringComparison.Ordinal);
        Assert.Contains("Всего по муниципальному проекту, в том числе: 9,03 0,055 0,03 0,03 0,055 0,03 9,23", table, StringComparison.Ordinal);
        Assert.Contains("Основной 71% 1 января 2019 г. 73% 75% 76% 77% 78% 80%", table, StringComparison.Ordinal);
        Assert.Contains("38. Участник Федяева И.Г", table, StringComparison.Ordinal);
        Assert.Contains("Кузюкова И.А.", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task National_passport_xlsx_keeps_numbers_as_numbers_and_phrases_as_typed()
    {
        var xlsx = await DownloadAsync(National, "xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        Assert.Equal(
            ["1. Основные положения", "2. Цель и показатели", "3. Задачи и результаты", "4. Финансовое обеспечение", "5. Участники"],
            workbook.Worksheets.Select(s => s.Name));
        var indicators = workbook.Worksheet("2. Цель и показатели");
        var first = indicators.CellsUsed().Single(c => c.GetString().StartsWith("Доля детей", StringComparison.Ordinal)).WorksheetRow();
        Assert.Equal("71%", first.Cell(4).GetString());
        Assert.Equal(XLDataType.Text, first.Cell(6).DataType);
        Assert.Equal("73%", first.Cell(6).GetString());
        Assert.Equal(XLDataType.DateTime, first.Cell(5).DataType);
        Assert.Equal(new DateTime(2019, 1, 1), first.Cell(5).GetDateTime());
        var third = indicators.CellsUsed().Single(c => c.GetString().StartsWith("Число участников открытых онлайн-уроков", StringComparison.Ordinal)).WorksheetRow();
        Assert.Equal(XLDataType.Number, third.Cell(4).DataType);
        Assert.Equal(0.532, third.Cell(4).GetDouble(), 6);
        var baseline = indicators.CellsUsed().First(c => c.GetString() == "Базовое значение");
        Assert.Equal(2, baseline.MergedRange().ColumnCount());
        Assert.Equal(XLPageOrientation.Landscape, indicators.PageSetup.PageOrientation);

        var finance = workbook.Worksheet("4. Финансовое обеспечение");
        var regional = finance.CellsUsed().First(c => c.GetString() == "региональный бюджет").WorksheetRow();
        Assert.Equal(XLDataType.Number, regional.Cell(3).DataType);
        Assert.Equal(0.015, regional.Cell(3).GetDouble(), 6);
        Assert.Equal(0.09, regional.Cell(9).GetDouble(), 6);
        var total = finance.CellsUsed().Single(c => c.GetString() == "Всего по муниципальному проекту, в том числе:").WorksheetRow();
        // The paper's typed totals, not the sums of the rows: 2019 prints 9,03 where the directions sum to 9,015.
        var directions2019 = finance.CellsUsed().Where(c => c.GetString() == "Всего по данному направлению муниципального проекта")
            .Sum(c => (decimal)c.WorksheetRow().Cell(3).GetDouble());
        Assert.Equal(9.015m, directions2019);
        Assert.Equal(XLDataType.Number, total.Cell(3).DataType);
        Assert.Equal(9.03, total.Cell(3).GetDouble(), 6);
        Assert.Equal(9.23, total.Cell(9).GetDouble(), 6);

        var participants = workbook.Worksheet("5. Участники");
        var curator = participants.CellsUsed().First(c => c.GetString() == "Ермаков А.В.").WorksheetRow();
        Assert.Equal("5%", curator.Cell(6).GetString());
        Assert.Contains(participants.CellsUsed(), c => c.GetString() == "38.");
    }

    [Fact]
    public async Task National_passport_xlsx_repeats_a_tables_header_at_the_top_of_each_page_as_the_paper_does()
    {
        var xlsx = await DownloadAsync(National, "xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var participants = workbook.Worksheet("5. Участники");
        var headers = participants.CellsUsed().Where(c => c.GetString() == "Роль в проекте").Select(c => c.Address.RowNumber).ToList();
        var breaks = participants.PageSetup.RowBreaks;
        // 38 participants in 13 groups do not fit on one landscape page: each page after the first opens with the header.
        Assert.True(breaks.Count >= 2, $"Expected the participants to run over three pages at least, got {breaks.Count + 1}.");
        Assert.Equal(breaks.Count + 1, headers.Count);
        Assert.Equal(breaks.Select(b => b + 1), headers.Skip(1));
        Assert.All(headers, row => Assert.Equal("Занятость в проекте (процентов)", participants.Cell(row, 6).GetString()));
        Assert.Equal(0, participants.PageSetup.FirstRowToRepeatAtTop);
        var finance = workbook.Worksheet("4. Финансовое обеспечение");
        Assert.Equal(finance.PageSetup.RowBreaks.Count + 1,
            finance.CellsUsed().Count(c => c.GetString() == "Наименование результата и источники финансирования"));
    }

    [Fact]
    public async Task Preview_shows_the_passport_with_download_links()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Leader);
        var id = await ProjectIdAsync(Municipal);

        var page = await client.GetPageAsync($"/projects/{id}/forms/passport");

        Assert.Contains("Перечень исполнителей проекта", page.QuerySelector("[data-item='11']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ПРОЕКТ", page.QuerySelector(".draft-stamp")?.TextContent);
        var links = page.QuerySelectorAll("[data-testid=print-toolbar] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/projects/{id}/forms/passport.pdf", links);
        Assert.Contains($"/projects/{id}/forms/passport.xlsx", links);
    }

    [Theory]
    [InlineData("passport")]
    [InlineData("passport.pdf")]
    [InlineData("passport.xlsx")]
    public async Task Methodist_of_another_organisation_cannot_read_the_passport(string file)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Methodist);
        var id = await ProjectIdAsync(National);

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("passport.pdf")]
    [InlineData("passport.xlsx")]
    public async Task Methodist_of_the_project_reads_its_passport(string file)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Methodist);
        var id = await ProjectIdAsync(Municipal);

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<byte[]> DownloadAsync(string project, string format)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Office);
        var id = await ProjectIdAsync(project);
        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/passport.{format}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<int> ProjectIdAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Projects.Where(p => p.Name == name).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    private static int CountOf(string part, string text) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>«ПРОЕКТ» on its own: the draft stamp, not the «ПРОЕКТА» of the title.</summary>
    [GeneratedRegex(@"\bПРОЕКТ\b")]
    private static partial Regex DraftMark();
}
