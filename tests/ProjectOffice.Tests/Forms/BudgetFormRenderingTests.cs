using AngleSharp;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed class BudgetFormRenderingTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    [Fact]
    public async Task A_draft_is_marked_and_its_unsigned_blocks_leave_the_date_blank()
    {
        var html = await Render(Budget(stages: 2, isDraft: true));

        var page = await BrowsingContext.New().OpenAsync(r => r.Content(html));
        Assert.Equal("ПРОЕКТ", page.QuerySelector(".draft-stamp")?.TextContent);
        var approval = page.QuerySelector(".signature[data-kind=Approved]")!;
        Assert.Contains("УТВЕРЖДАЮ", approval.TextContent, StringComparison.Ordinal);
        Assert.Contains(SignatureData.BlankDate, approval.TextContent, StringComparison.Ordinal);
        Assert.Contains("(подпись)", approval.TextContent, StringComparison.Ordinal);
        Assert.Contains("(Ф.И.О.)", approval.TextContent, StringComparison.Ordinal);
        Assert.Contains("(дата)", approval.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-testid=print-toolbar]"));
    }

    [Fact]
    public async Task An_approved_budget_has_no_draft_mark_and_prints_the_typed_date()
    {
        var html = await Render(Budget(stages: 2, isDraft: false));

        var page = await BrowsingContext.New().OpenAsync(r => r.Content(html));
        Assert.Null(page.QuerySelector(".draft-stamp"));
        Assert.Contains("«30» января 2020 года", page.QuerySelector(".signature[data-kind=Agreed]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_carries_download_links()
    {
        var html = await fixture.Renderer.RenderAsync<BudgetForm>(
            new Dictionary<string, object> { [nameof(BudgetForm.Data)] = Budget(stages: 1, isDraft: true) },
            new PrintPreview("/p.pdf", "/p.xlsx", "/"));

        var page = await BrowsingContext.New().OpenAsync(r => r.Content(html));
        var links = page.QuerySelectorAll("[data-testid=print-toolbar] a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Скачать PDF", "/p.pdf"), links);
        Assert.Contains(("Скачать Excel", "/p.xlsx"), links);
    }

    [Fact]
    public async Task A_long_budget_repeats_its_table_header_on_page_two()
    {
        var pdf = await fixture.Printer.PrintAsync(await Render(Budget(stages: 60, isDraft: false)), CancellationToken.None);

        var pages = await PdfText.PageCountAsync(pdf);
        Assert.True(pages >= 3, $"Expected a budget of 60 stages to fill three pages, got {pages}.");
        var second = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: 2));
        Assert.Contains("Наименование этапа реализации проекта", second, StringComparison.Ordinal);
        Assert.Contains("Всего, в том числе за счет средств:", second, StringComparison.Ordinal);
        Assert.Contains($"стр. 2 из {pages}", second, StringComparison.Ordinal);
        Assert.DoesNotContain("ПРОЕКТ", second, StringComparison.Ordinal);
    }

    private Task<string> Render(BudgetFormData data) =>
        fixture.Renderer.RenderAsync<BudgetForm>(new Dictionary<string, object> { [nameof(BudgetForm.Data)] = data });

    internal static BudgetFormData Budget(int stages, bool isDraft)
    {
        var cells = new[] { BudgetFormCell.Typed(["0,015"]), BudgetFormCell.Typed(["-"]) };
        return new BudgetFormData
        {
            ProjectName = "Проверочный",
            IsDraft = isDraft,
            RowCaption = "Наименование этапа реализации проекта",
            AmountsCaption = "Объем финансирования этапа реализации проекта, млн. руб.",
            BreakdownCaption = "в том числе в разрезе этапов реализации:",
            Sources = ["федерального бюджета", "областного бюджета"],
            Total = new BudgetFormRow { Number = 1, Name = "Проект в целом", Cells = [BudgetFormCell.Computed(new BudgetTotal(0.015m * stages, false)), .. cells] },
            Rows = Enumerable.Range(1, stages).Select(i => new BudgetFormRow
            {
                Number = i + 1,
                Name = $"{i} этап. Этап с достаточно длинным названием, чтобы строка таблицы занимала две строки текста на листе",
                Cells = [BudgetFormCell.Typed(["0,015"]), .. cells],
            }).ToList(),
            TopSignatures =
            [
                new SignatureData { Kind = SignatureKind.Agreed, Position = "Директор", Name = "В.В. Шестаков", DateText = "«30» января 2020 года" },
                new SignatureData { Kind = SignatureKind.Approved, Position = "Директор департамента", Name = "Л.Г. Ефимова" },
            ],
            BottomSignatures = [],
        };
    }
}
