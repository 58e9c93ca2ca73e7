using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Forms.ControlEvents;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class ControlEventsFormTests(PortalFactory portal)
{
    [Fact]
    public async Task Control_events_pdf_of_the_demo_project_reads_like_the_seed()
    {
        var id = await portal.ProjectIdAsync("Инженерный кластер");

        var (pdf, fileName) = await DownloadAsync($"/projects/{id}/forms/control-events.pdf");

        Assert.Equal("План контрольных событий Инженерный кластер 2020-01-31.pdf", fileName);
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("ПЛАН КОНТРОЛЬНЫХ СОБЫТИЙ проекта «Инженерный кластер»", text, StringComparison.Ordinal);
        Assert.Contains("2 этап. Основной. Создание условий и практическая реализация проекта (01.09.2020 – 31.08.2021)", text, StringComparison.Ordinal);
        Assert.Contains("Определение стратегии развития проекта. (01.09.2021 – 31.12.2021)", text, StringComparison.Ordinal);
        var rows = PdfText.Collapse(await PdfText.ReadAsync(pdf, layout: true));
        Assert.Contains("12. Проведены мониторинг и анализ", rows, StringComparison.Ordinal);
        Assert.Contains("31.06.2021", rows, StringComparison.Ordinal);
        Assert.Contains("19. Проведена презентация результатов", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Control_events_xlsx_of_the_demo_project_reads_like_the_seed()
    {
        var id = await portal.ProjectIdAsync("Инженерный кластер");

        var (xlsx, fileName) = await DownloadAsync($"/projects/{id}/forms/control-events.xlsx");

        Assert.Equal("План контрольных событий Инженерный кластер 2020-01-31.xlsx", fileName);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var eighth = Find(sheet, "8.").Address.RowNumber;
        Assert.StartsWith("Использованы ресурсы стейкхолдеров", sheet.Cell(eighth, 2).GetString(), StringComparison.Ordinal);
        Assert.Equal("31.08.2020", sheet.Cell(eighth, 3).GetString());
        Assert.StartsWith("Предприятия города Омска, участвующие в реализации проекта; Хаиржанова Самал Рабидулаевна, начальник отдела",
            sheet.Cell(eighth, 4).GetString(), StringComparison.Ordinal);
        Assert.Equal("31.06.2021", sheet.Cell(Find(sheet, "12.").Address.RowNumber, 3).GetString());
        // The demo's events are long overdue, so the form carries its marks: four columns of the paper and four of marks.
        Assert.Equal(8, Find(sheet, "1 этап. Подготовительный. Определение условий, необходимых для реализации проекта (01.02.2020 – 31.08.2020)")
            .MergedRange().ColumnCount());
        var header = Find(sheet, "№ п/п").Address.RowNumber;
        Assert.Equal("Дата наступления контрольного события", sheet.Cell(header, 3).GetString());
        Assert.Equal(header, sheet.PageSetup.FirstRowToRepeatAtTop);
    }

    [Fact]
    public async Task Control_events_of_control_points_print_the_points_name_date_and_executors()
    {
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/control-events.pdf");
        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/control-events.xlsx");

        Assert.Contains("ПЛАН КОНТРОЛЬНЫХ СОБЫТИЙ муниципального проекта «Успех каждого ребенка»",
            PdfText.Collapse(await PdfText.ReadAsync(pdf)), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var first = Find(sheet, "1.").Address.RowNumber;
        Assert.Equal(
            ["Созданы новые места в образовательных организациях различных типов для реализации дополнительных общеразвивающих программ всех направленностей",
             "31.12.2019", "Управление образования"],
            Enumerable.Range(2, 3).Select(c => sheet.Cell(first, c).GetString()));
        Assert.NotNull(Find(sheet, "27."));
    }

    [Fact]
    public async Task A_long_plan_of_control_events_repeats_its_header_on_page_two()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "Много событий " + Guid.NewGuid().ToString("N")[..6], events: 200);

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/control-events.pdf");
        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/control-events.xlsx");

        var pages = await PdfText.PageCountAsync(pdf);
        Assert.True(pages >= 3, $"200 control events should fill at least three pages, got {pages}.");
        var second = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: 2));
        Assert.Contains("Дата наступления контрольного события", second, StringComparison.Ordinal);
        Assert.Contains($"стр. 2 из {pages}", second, StringComparison.Ordinal);
        var last = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: pages, layout: true));
        Assert.Contains("200. Проведено мероприятие номер 200", last, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var header = Find(sheet, "№ п/п").Address.RowNumber;
        Assert.Equal((header, header), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
        Assert.Equal("31.06.2026", sheet.Cell(Find(sheet, "1.").Address.RowNumber, 3).GetString());
        Assert.Equal("2 этап. Основной (01.07.2026 – 31.12.2026)", sheet.Cell(Find(sheet, "100.").Address.RowNumber + 1, 1).GetString());
    }

    [Fact]
    public async Task Control_events_are_read_in_the_same_few_queries_whatever_their_number()
    {
        var small = await PlanArrange.AddMunicipalAsync(portal, "Мало событий " + Guid.NewGuid().ToString("N")[..6], events: 3);
        var large = await PlanArrange.AddNationalAsync(portal, "Много точек " + Guid.NewGuid().ToString("N")[..6], results: 60);

        ControlEventsFormData? read = null;
        var smallQueries = await PlanArrange.CountQueriesAsync(portal, async db => await ControlEventsFormQuery.LoadAsync(db, small, null, Today, CancellationToken.None));
        var largeQueries = await PlanArrange.CountQueriesAsync(portal, async db => read = await ControlEventsFormQuery.LoadAsync(db, large, null, Today, CancellationToken.None));

        Assert.Equal(smallQueries, largeQueries);
        // The project, its stages, signatures, plan items, control events with their executors, the control points
        // with theirs, and the passport's approval date for the file name: one round trip each.
        Assert.True(largeQueries <= 9, $"The control events took {largeQueries} queries.");
        Assert.Equal(60, read!.Rows.Count);
        Assert.Equal("Управление образования, МОУ ДПО ЦРО", read.Rows[59].Responsible);
    }

    [Fact]
    public async Task Control_events_form_carries_the_completion_marks_in_preview_pdf_and_xlsx()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "Отметки " + Guid.NewGuid().ToString("N")[..6], events: 4);
        await MarkFirstDoneAsync(id, new DateOnly(2026, 6, 29), "Отчёт размещён на сайте");

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/control-events.pdf");
        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/control-events.xlsx");
        var (preview, _) = await DownloadAsync($"/projects/{id}/forms/control-events");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("Отметка о выполнении", text, StringComparison.Ordinal);
        Assert.Contains("факт: 29.06.2026", text, StringComparison.Ordinal);
        Assert.Contains($"отметил: {DemoUsers.Leader.FullName}", text, StringComparison.Ordinal);
        Assert.Contains("Отчёт размещён на сайте", text, StringComparison.Ordinal);
        var html = System.Text.Encoding.UTF8.GetString(preview);
        Assert.Contains("факт: 29.06.2026", html, StringComparison.Ordinal);
        Assert.Contains("Отчёт размещён на сайте", html, StringComparison.Ordinal);

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var header = Find(sheet, "№ п/п").Address.RowNumber;
        Assert.Equal(["Статус", "Фактическая дата", "Отметил", "Комментарий"], Enumerable.Range(5, 4).Select(c => sheet.Cell(header, c).GetString()));
        var first = Find(sheet, "1.").Address.RowNumber;
        Assert.Equal("Выполнено", sheet.Cell(first, 5).GetString());
        Assert.Equal(new DateTime(2026, 6, 29), sheet.Cell(first, 6).GetDateTime());
        Assert.Equal(DemoUsers.Leader.FullName, sheet.Cell(first, 7).GetString());
        Assert.Equal("Отчёт размещён на сайте", sheet.Cell(first, 8).GetString());
        Assert.Equal("", sheet.Cell(Find(sheet, "2.").Address.RowNumber, 7).GetString());
    }

    [Theory]
    [InlineData("control-events")]
    [InlineData("control-events.pdf")]
    [InlineData("control-events.xlsx")]
    public async Task Methodist_of_another_organisation_cannot_read_the_control_events(string file)
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

    private static readonly DateOnly Today = new(2026, 7, 1);

    private async Task MarkFirstDoneAsync(int projectId, DateOnly doneOn, string comment)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leader = await db.Users.Where(u => u.UserName == DemoUsers.Leader.UserName).Select(u => u.Id).SingleAsync();
        var first = await db.ControlEvents.Where(e => e.ProjectId == projectId).OrderBy(e => e.SortOrder).FirstAsync();
        Assert.Null(first.MarkDone(doneOn, comment, leader, DateTimeOffset.UtcNow, today: doneOn));
        await db.SaveChangesAsync();
    }

    private static IXLCell Find(IXLWorksheet sheet, string text) => sheet.CellsUsed().First(c => c.GetString() == text);
}
