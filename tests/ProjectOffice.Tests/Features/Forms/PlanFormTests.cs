using System.Net;
using ClosedXML.Excel;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class PlanFormTests(PortalFactory portal)
{
    private const string FirstEventExecutors =
        "Хаиржанова Самал Рабидулаевна, начальник отдела дополнительного образования, воспитательной работы и организации " +
        "оздоровления департамента образования Администрации города Омска; Шестаков Вячеслав Викторович, директор БОУ ДО " +
        "г. Омска «ЦТРИГО «Перспектива»; Чернецкая Людмила Геннадьевна, заведующий отделом дополнительного образования и " +
        "социализации БОУ ДО г. Омска «ЦТРИГО «Перспектива»; Лобова Татьяна Сергеевна, методист отдела дополнительного " +
        "образования и социализации БОУ ДО г. Омска «ЦТРИГО «Перспектива»";

    [Fact]
    public async Task Municipal_plan_pdf_of_the_demo_project_reads_like_the_seed()
    {
        var id = await portal.ProjectIdAsync("Инженерный кластер");

        var (pdf, fileName) = await DownloadAsync($"/projects/{id}/forms/plan.pdf");

        Assert.Equal("План мероприятий Инженерный кластер 2020-01-31.pdf", fileName);
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("ПЛАН МЕРОПРИЯТИЙ проекта «Инженерный кластер»", text, StringComparison.Ordinal);
        Assert.Contains("1 этап. Подготовительный. Определение условий, необходимых для реализации проекта (01.02.2020 – 31.08.2020)", text, StringComparison.Ordinal);
        Assert.Contains("Определение стратегии развития проекта. (01.09.2021 – 31.12.2021)", text, StringComparison.Ordinal);
        Assert.Contains("31.06.2021", text, StringComparison.Ordinal);
        var rows = PdfText.Collapse(await PdfText.ReadAsync(pdf, layout: true));
        Assert.Contains("1. Проведение совещания с участием 01.02.2020 28.02.2020 Количество 3", rows, StringComparison.Ordinal);
        Assert.Contains("20. Подготовка презентации", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Municipal_plan_xlsx_of_the_demo_project_reads_like_the_seed()
    {
        var id = await portal.ProjectIdAsync("Инженерный кластер");

        var (xlsx, fileName) = await DownloadAsync($"/projects/{id}/forms/plan.xlsx");

        Assert.Equal("План мероприятий Инженерный кластер 2020-01-31.xlsx", fileName);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var first = Find(sheet, "1.").Address.RowNumber;
        Assert.StartsWith("Проведение совещания с участием руководителей", sheet.Cell(first, 2).GetString(), StringComparison.Ordinal);
        Assert.Equal("01.02.2020", sheet.Cell(first, 3).GetString());
        Assert.Equal("Количество проведенных совещаний, ед.", sheet.Cell(first, 5).GetString());
        Assert.Equal(XLDataType.Number, sheet.Cell(first, 6).DataType);
        Assert.Equal(3, sheet.Cell(first, 6).GetDouble());
        Assert.Equal(FirstEventExecutors, sheet.Cell(first, 7).GetString());
        var second = Find(sheet, "2.").Address.RowNumber;
        Assert.Equal("Не менее 5", sheet.Cell(second, 6).GetString());
        Assert.Equal("31.06.2021", sheet.Cell(Find(sheet, "12.").Address.RowNumber, 4).GetString());
        var stage = Find(sheet, "1 этап. Подготовительный. Определение условий, необходимых для реализации проекта (01.02.2020 – 31.08.2020)");
        Assert.Equal(7, stage.MergedRange().ColumnCount());
        Assert.Equal(2, Find(sheet, "Результат реализации мероприятия").MergedRange().ColumnCount());
        Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
        Assert.Equal(Find(sheet, "№ п/п").Address.RowNumber, sheet.PageSetup.FirstRowToRepeatAtTop);
    }

    [Fact]
    public async Task National_plan_pdf_reads_like_annex_1_of_the_seed()
    {
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");

        var (pdf, fileName) = await DownloadAsync($"/projects/{id}/forms/plan.pdf");

        Assert.StartsWith("План мероприятий Успех каждого ребенка ", fileName, StringComparison.Ordinal);
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("ПРИЛОЖЕНИЕ № 1 к паспорту муниципального проекта «Успех каждого ребенка»", text, StringComparison.Ordinal);
        Assert.Contains("План мероприятий по реализации муниципального проекта «Успех каждого ребенка»", text, StringComparison.Ordinal);
        Assert.Contains("Задача 1 Формирование эффективной системы", text, StringComparison.Ordinal);
        Assert.Contains(
            "¹ КП – куратор муниципального проекта; РП – руководитель муниципального проекта; АП – администратор муниципального проекта",
            text, StringComparison.Ordinal);
        var rows = PdfText.Collapse(await PdfText.ReadAsync(pdf, layout: true));
        Assert.Contains("1.1.5 Использование открытого информационного ресурса", rows, StringComparison.Ordinal);
        Assert.Contains("1.1 Созданы новые места", rows, StringComparison.Ordinal);
        Assert.Contains("27.1.11 Организация участия обучающихся", rows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task National_plan_xlsx_reads_like_annex_1_of_the_seed()
    {
        var id = await portal.ProjectIdAsync("Успех каждого ребенка");

        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/plan.xlsx");

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        Assert.Equal(2, Find(sheet, "Сроки реализации").MergedRange().ColumnCount());
        Assert.NotNull(Find(sheet, "Уровень контроля ¹"));
        var first = Find(sheet, "1.1.1").Address.RowNumber;
        Assert.EndsWith("всех направленностей ⁵", sheet.Cell(first, 2).GetString(), StringComparison.Ordinal);
        Assert.Equal(["01.10.2018", "30.10.2018", "Управление образования", "заявка в Министерство образования Иркутской области", "КП"],
            Enumerable.Range(3, 5).Select(c => sheet.Cell(first, c).GetString()));
        var third = Find(sheet, "1.1.3").Address.RowNumber;
        Assert.Equal("01.01.2019 (далее ежегодно до 2021 г.)", sheet.Cell(third, 3).GetString());
        Assert.Equal("К", sheet.Cell(Find(sheet, "1.1.2").Address.RowNumber, 7).GetString());
        Assert.Equal("Управление образования, образовательные организации, МОУ ДПО ЦРО", sheet.Cell(Find(sheet, "1.1.5").Address.RowNumber, 5).GetString());
    }

    [Fact]
    public async Task A_draft_plan_is_marked_and_leaves_its_signature_dates_blank()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "План-черновик " + Guid.NewGuid().ToString("N")[..6], events: 3);

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/plan.pdf");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("ПРОЕКТ", text, StringComparison.Ordinal);
        Assert.Contains("СОГЛАСОВАНО", text, StringComparison.Ordinal);
        Assert.Contains("«__» ________ 20__ г.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("«30» января 2026 года", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_plan_prints_its_signature_dates_and_no_draft_mark()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "План утвержденный " + Guid.NewGuid().ToString("N")[..6], events: 3, ProjectStatus.Approved);

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/plan.pdf");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("«30» января 2026 года", text, StringComparison.Ordinal);
        Assert.Contains("«31» января 2026 года", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ПРОЕКТ", text, StringComparison.Ordinal);
        // The stage prints the plan's own wording of its name.
        Assert.Contains("1 этап. Подготовительный этап по плану (01.01.2026 – 30.06.2026)", text, StringComparison.Ordinal);
        Assert.Contains($"{PlanArrange.Executor}, {PlanArrange.ExecutorPosition}; Предприятия города Омска, участвующие в реализации проекта", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_municipal_plan_repeats_its_header_on_page_two()
    {
        var id = await PlanArrange.AddMunicipalAsync(portal, "Длинный план " + Guid.NewGuid().ToString("N")[..6], events: 200);

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/plan.pdf");
        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/plan.xlsx");

        var pages = await PdfText.PageCountAsync(pdf);
        Assert.True(pages >= 3, $"200 events should fill at least three pages, got {pages}.");
        var second = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: 2));
        Assert.Contains("Наименование мероприятия проекта", second, StringComparison.Ordinal);
        Assert.Contains("Результат реализации мероприятия", second, StringComparison.Ordinal);
        Assert.Contains($"стр. 2 из {pages}", second, StringComparison.Ordinal);
        Assert.Contains("200. Мероприятие номер 200", PdfText.Collapse(await PdfText.ReadAsync(pdf, page: pages, layout: true)), StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var header = Find(sheet, "№ п/п").Address.RowNumber;
        Assert.Equal(header, sheet.PageSetup.FirstRowToRepeatAtTop);
        Assert.Equal(header + 1, sheet.PageSetup.LastRowToRepeatAtTop);
        Assert.Equal(200, sheet.Column(1).CellsUsed().Count(c => c.Address.RowNumber > header + 1 && c.GetString().EndsWith('.')));
    }

    [Fact]
    public async Task A_long_national_plan_repeats_its_header_on_page_two()
    {
        var id = await PlanArrange.AddNationalAsync(portal, "Длинный национальный план " + Guid.NewGuid().ToString("N")[..6], results: 50);

        var (pdf, _) = await DownloadAsync($"/projects/{id}/forms/plan.pdf");
        var (xlsx, _) = await DownloadAsync($"/projects/{id}/forms/plan.xlsx");

        var pages = await PdfText.PageCountAsync(pdf);
        Assert.True(pages >= 3, $"200 items should fill at least three pages, got {pages}.");
        var second = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: 2));
        Assert.Contains("Наименование результата, мероприятия, контрольной точки", second, StringComparison.Ordinal);
        Assert.Contains("Сроки реализации", second, StringComparison.Ordinal);
        var last = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: pages, layout: true));
        Assert.Contains("50.1 Контрольная точка результата 50", last, StringComparison.Ordinal);
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var header = Find(sheet, "№ п/п").Address.RowNumber;
        Assert.Equal((header, header + 1), (sheet.PageSetup.FirstRowToRepeatAtTop, sheet.PageSetup.LastRowToRepeatAtTop));
        var point = Find(sheet, "50.1").Address.RowNumber;
        Assert.Equal("Контрольная точка результата 50", sheet.Cell(point, 2).GetString());
        Assert.Equal("50.1.2", sheet.Cell(point - 1, 1).GetString());
        Assert.Equal("К", sheet.Cell(point - 1, 7).GetString());
    }

    [Fact]
    public async Task The_plan_is_read_in_the_same_few_queries_whatever_its_size()
    {
        var small = await PlanArrange.AddMunicipalAsync(portal, "Малый план " + Guid.NewGuid().ToString("N")[..6], events: 4);
        var large = await PlanArrange.AddMunicipalAsync(portal, "Большой план " + Guid.NewGuid().ToString("N")[..6], events: 120);

        PlanFormData? read = null;
        var smallQueries = await PlanArrange.CountQueriesAsync(portal, async db => await PlanFormQuery.LoadAsync(db, small, null, CancellationToken.None));
        var largeQueries = await PlanArrange.CountQueriesAsync(portal, async db => read = await PlanFormQuery.LoadAsync(db, large, null, CancellationToken.None));

        Assert.Equal(smallQueries, largeQueries);
        // The project, its stages, tasks, form settings, signatures, footnotes, plan items and their executors, and the
        // passport's approval date for the file name: one round trip each.
        Assert.True(largeQueries <= 9, $"The plan took {largeQueries} queries.");
        Assert.Equal(122, read!.Rows.Count);
    }

    [Fact]
    public async Task Preview_shows_the_plan_with_download_links()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var id = await portal.ProjectIdAsync("Инженерный кластер");

        var page = await client.GetPageAsync($"/projects/{id}/forms/plan");

        Assert.Contains("Проведение мониторинга и анализа реализации программы проекта", page.QuerySelector("table.plan")!.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("[data-testid=print-toolbar] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/projects/{id}/forms/plan.pdf", links);
        Assert.Contains($"/projects/{id}/forms/plan.xlsx", links);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("plan.pdf")]
    [InlineData("plan.xlsx")]
    public async Task Methodist_of_another_organisation_cannot_read_the_plan(string file)
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
