using AngleSharp;
using ClosedXML.Excel;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Passport;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Forms;

[Trait(TestCategory.Name, TestCategory.Printing)]
public sealed class PassportFormRenderingTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    [Fact]
    public async Task A_long_participants_table_repeats_its_header_on_the_next_page()
    {
        var pdf = await fixture.Printer.PrintAsync(await Render(National(participants: 60)), CancellationToken.None);

        var pages = await PdfText.PageCountAsync(pdf);
        var last = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: pages));
        Assert.Contains("Участник 60", last, StringComparison.Ordinal);
        Assert.Contains("Роль в проекте", last, StringComparison.Ordinal);
        Assert.Contains("Занятость в проекте (процентов)", last, StringComparison.Ordinal);
        Assert.Contains($"стр. {pages} из {pages}", last, StringComparison.Ordinal);
        var first = PdfText.Collapse(await PdfText.ReadAsync(pdf, page: 1));
        Assert.DoesNotContain("Роль в проекте", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signature_blocks_after_the_passport_follow_the_leader_signature()
    {
        var data = National(participants: 1) with
        {
            LeaderSignatures = [Signature(SignatureKind.LeaderSignature, "Баранец Татьяна Григорьевна", null)],
            BottomSignatures =
            [
                Signature(SignatureKind.Agreed, "Н.В. Романькова", "«30» января 2020 года"),
                Signature(SignatureKind.Approved, "В.В. Шестаков", "«31» января 2020 года"),
            ],
        };
        var html = await Render(data);

        var page = await BrowsingContext.New().OpenAsync(r => r.Content(html));

        var leader = page.QuerySelector(".leader-signature")!;
        Assert.Contains("Руководитель проекта", leader.TextContent, StringComparison.Ordinal);
        Assert.Contains("(должность)", leader.TextContent, StringComparison.Ordinal);
        Assert.Contains("(подпись, Ф.И.О.)", leader.TextContent, StringComparison.Ordinal);
        var bottom = page.QuerySelectorAll(".signatures.bottom .signature").Select(s => s.TextContent).ToList();
        Assert.Equal(2, bottom.Count);
        Assert.Contains("СОГЛАСОВАНО", bottom[0], StringComparison.Ordinal);
        Assert.Contains("«31» января 2020 года", bottom[1], StringComparison.Ordinal);
        Assert.True(leader.CompareDocumentPosition(page.QuerySelector(".signatures.bottom")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
    }

    [Fact]
    public void Xlsx_writes_every_passport_text_into_its_own_cell()
    {
        var xlsx = PassportXlsx.Write(National(participants: 3));

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var roles = workbook.Worksheet("5. Участники").CellsUsed().Where(c => c.GetString() == "Участник муниципального проекта").ToList();
        Assert.Equal(3, roles.Count);
        // Repeated texts are stored in their cells, not once in the shared-string table: the file holds what the paper prints.
        Assert.All(roles, cell => Assert.False(cell.ShareString));
    }

    private Task<string> Render(PassportFormData data) =>
        fixture.Renderer.RenderAsync<PassportForm>(new Dictionary<string, object> { [nameof(PassportForm.Data)] = data });

    private static SignatureData Signature(SignatureKind kind, string name, string? date) =>
        new() { Kind = kind, Position = "Директор", Organisation = "БОУ ДО г. Омска «ЦТРИГО «Перспектива»", Name = name, DateText = date };

    private static PassportFormData National(int participants) => new()
    {
        ProjectName = "Проверочный",
        Layout = ProjectLayout.National,
        IsDraft = false,
        TopSignatures = [Signature(SignatureKind.Approved, "О.В. Боровский", "2019 г.")],
        LeaderSignatures = [],
        BottomSignatures = [],
        National = new NationalPassport
        {
            LevelGenitive = "муниципального проекта",
            RegionalProject = "«Проверочный»",
            ShortName = "«Проверочный»",
            Start = new DateOnly(2019, 1, 1),
            End = new DateOnly(2024, 12, 31),
            Curator = "Ермаков Александр Владимирович, заместитель мэра",
            Leader = "Баранец Татьяна Григорьевна, начальник управления",
            Administrator = "Бадулина Татьяна Алексеевна, директор",
            Programmes = ["Муниципальная программа «Развитие образования»"],
            Goal = "Обеспечить доступность дополнительного образования",
            IndicatorYears = [2019, 2020],
            Indicators = [new NationalIndicator("1.", "Доля детей, %", "Основной", "71%", new DateOnly(2019, 1, 1), ["73%", "75%"])],
            Tasks = [new NationalTask("1.", "Задача", [new NationalResult("1.1.", RichText.Parse("Результат"), RichText.Parse("- первое\n- второе"))])],
            BudgetYears = [2019],
            Directions =
            [
                new NationalDirection("1.1.", "Направление", [new PassportMoneyRow("региональный бюджет", [BudgetFormCell.Typed(["0,015"]), BudgetFormCell.Typed(["0,015"])], IsTotal: false)]),
            ],
            BudgetTotals = [],
            Participants =
            [
                new PassportParticipantGroup("Общие организационные мероприятия по проекту", Enumerable.Range(1, participants)
                    .Select(i => new PassportParticipant(i, "Участник муниципального проекта", $"Участник {i}",
                        "Начальник МКУ «Управление образования администрации муниципального образования «город Саянск»",
                        "Баранец Т.Г. начальник Управление образования г.Саянск", "20%"))
                    .ToList()),
            ],
        },
    };
}
