using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
[Collection(Portals.Forms)]
public sealed class BudgetFormTests(PortalFactory portal)
{
    private static readonly string[] DemoStages =
    [
        "1 этап. Подготовительный. Определение условий, необходимых для реализации проекта",
        "2 этап. Основной. Создание условий и практическая реализация проекта",
        "3 этап. Рефлексивно-оценочный. Анализ реализации проекта. Определение стратегии развития проекта",
    ];

    [Fact]
    public async Task Budget_pdf_of_the_demo_project_reads_like_the_seed()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var id = await DemoProjectIdAsync();

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/budget.pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Бюджет проекта Инженерный кластер 2020-01-31.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        Assert.Contains("БЮДЖЕТ проекта «Инженерный кластер»", text, StringComparison.Ordinal);
        Assert.Contains("1 Проект в целом - - - - -", PdfText.Collapse(await PdfText.ReadAsync(pdf, layout: true)), StringComparison.Ordinal);
        var stageAt = DemoStages.Select(stage => text.IndexOf(stage, StringComparison.Ordinal)).ToList();
        Assert.All(stageAt, at => Assert.True(at >= 0, "A stage is missing from the PDF."));
        Assert.Equal(stageAt.Order(), stageAt);
    }

    [Fact]
    public async Task Budget_xlsx_of_the_demo_project_reads_like_the_seed()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var id = await DemoProjectIdAsync();

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/budget.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Бюджет проекта Инженерный кластер 2020-01-31.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar);
        var xlsx = await response.Content.ReadAsByteArrayAsync();
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var texts = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("Проект в целом", texts);
        Assert.Contains("в том числе в разрезе этапов реализации:", texts);
        Assert.All(DemoStages, stage => Assert.Contains(texts, t => t.StartsWith(stage, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Budget_xlsx_stores_amounts_as_numbers_under_merged_headers()
    {
        var id = await ArrangeProjectAsync("Проект с бюджетом", "0,015", "29 310,220");
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var xlsx = await client.Http.GetByteArrayAsync(new Uri($"/projects/{id}/forms/budget.xlsx", UriKind.Relative));

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var sheet = workbook.Worksheet(1);
        var stageRow = sheet.CellsUsed().Single(c => c.GetString() == "1 этап. Единственный этап").Address.RowNumber;
        var typed = sheet.Row(stageRow).Cells(4, 5).ToList();
        Assert.All(typed, c => Assert.Equal(XLDataType.Number, c.DataType));
        Assert.Equal(0.015, typed[0].GetDouble(), 6);
        Assert.Equal("#,##0.000", typed[0].Style.NumberFormat.Format);
        Assert.Equal(29310.22, typed[1].GetDouble(), 6);
        var total = sheet.Cell(stageRow, 3);
        Assert.Equal(XLDataType.Number, total.DataType);
        Assert.Equal(29310.235, total.GetDouble(), 6);
        var caption = sheet.CellsUsed().Single(c => c.GetString() == "Объем финансирования этапа реализации проекта, млн. руб.");
        Assert.True(caption.IsMerged());
        Assert.Equal(3, caption.MergedRange().ColumnCount());
        Assert.True(sheet.CellsUsed().Single(c => c.GetString() == "№ п/п").IsMerged());
    }

    [Fact]
    public async Task Budget_pdf_prints_the_typed_amounts_and_computed_totals()
    {
        var id = await ArrangeProjectAsync("Проект с суммами", "0,015", "29 310,220");
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var pdf = await client.Http.GetByteArrayAsync(new Uri($"/projects/{id}/forms/budget.pdf", UriKind.Relative));

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf, layout: true));
        // A cell prints as typed; a total drops trailing zeros past the first decimal (29 310,220 → 29 310,22).
        Assert.Contains("1 Проект в целом 29 310,235 0,015 29 310,22", text, StringComparison.Ordinal);
        Assert.Contains("2 1 этап. Единственный этап 29 310,235 0,015 29 310,220", text, StringComparison.Ordinal);
        Assert.Contains("ПРОЕКТ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_shows_the_form_with_download_links()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Methodist);
        var id = await DemoProjectIdAsync();

        var page = await client.GetPageAsync($"/projects/{id}/forms/budget");

        Assert.Contains("Проект в целом", page.QuerySelector("table.budget")!.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("[data-testid=print-toolbar] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/projects/{id}/forms/budget.pdf", links);
        Assert.Contains($"/projects/{id}/forms/budget.xlsx", links);
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("budget.pdf")]
    [InlineData("budget.xlsx")]
    public async Task Anonymous_visitor_is_sent_to_sign_in(string file)
    {
        using var client = portal.CreatePortalClient();

        using var response = await client.Http.GetAsync(new Uri($"/projects/{await DemoProjectIdAsync()}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("budget")]
    [InlineData("budget.pdf")]
    [InlineData("budget.xlsx")]
    public async Task Methodist_of_another_organisation_cannot_read_the_forms(string file)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Methodist);
        var id = await ProjectIdAsync("Успех каждого ребенка");

        using var response = await client.Http.GetAsync(new Uri($"/projects/{id}/forms/{file}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/projects/999999/forms/budget.pdf")]
    [InlineData("/projects/999999/forms/budget")]
    [InlineData("/projects/{id}/forms/unknown.pdf")]
    [InlineData("/projects/{id}/forms/budget.docx")]
    public async Task Unknown_project_form_or_format_is_not_found(string url)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var id = await DemoProjectIdAsync();

        using var response = await client.Http.GetAsync(new Uri(url.Replace("{id}", $"{id}", StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<int> DemoProjectIdAsync() => ProjectIdAsync("Инженерный кластер");

    private async Task<int> ProjectIdAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Projects.Where(p => p.Name == name).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    /// <summary>A draft municipal project with one stage whose federal and regional amounts are as given (so: 3 money columns).</summary>
    private async Task<int> ArrangeProjectAsync(string name, string federal, string regional)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var sources = await db.FundingSources.Where(f => f.Name == "Федеральный бюджет" || f.Name == "Областной бюджет")
            .ToDictionaryAsync(f => f.Name);
        var stage = new Stage { Name = "Единственный этап", StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31) };
        var project = new Project
        {
            Name = name,
            Layout = ProjectLayout.Municipal,
            StartDate = new DateOnly(2026, 1, 1),
            EndDate = new DateOnly(2026, 12, 31),
            Stages = [stage],
            BudgetItems =
            [
                new BudgetItem
                {
                    Stage = stage,
                    Amounts =
                    [
                        Amount(sources["Федеральный бюджет"], federal),
                        Amount(sources["Областной бюджет"], regional),
                    ],
                },
            ],
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    }

    private static BudgetAmount Amount(FundingSource source, string text) =>
        new() { FundingSource = source, Text = text, Value = NumberPhrase.Parse(text) };
}
