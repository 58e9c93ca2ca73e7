using System.Globalization;
using AngleSharp.Dom;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Projects;

/// <summary>
/// The cards of the two demo projects show the seeds' words, and the totals the seeds print (docs §6). The card and the
/// printed passport are one model: every caption, heading and cell the preview of the printed passport (and, for the
/// national layout, of its annexes) shows, the card shows in the same words; the card only adds «не заполнено» where the
/// paper leaves a blank and the risk register's state after item 22.
/// </summary>
[Collection(Portals.Projects)]
public sealed class DemoProjectCardTests(PortalFactory portal)
{
    [Fact]
    public async Task Engineering_cluster_card_shows_seed_000()
    {
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await OpenCardAsync(leader, "Инженерный кластер");

        var text = page.QuerySelector("[data-testid=passport-municipal]")!.TextContent;
        foreach (var words in new[]
                 {
                     "«Учитель будущего»", "внешний", "Стратегическая цель социально-экономического развития Омской области до 2025 года",
                     "Ефимова Лариса Геннадьевна, директор департамента образования Администрации города Омска, efimova_lg@mail.ru, тел. 20-13-30",
                     "romankowan@yandex.ru, тел. 8-909-537-12-76", "Национальный проект «Образование»; Федеральный проект «Учитель будущего»",
                     "3 этап. Рефлексивно-оценочный. Анализ результатов реализации проекта. Определение стратегии развития проекта",
                     "Внебюджетных источников (гранты)", "отсутствие муниципальной нормативной базы для внедрения проекта",
                 })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }

        // Item 15's caption as seed 000 prints it (the city comes from item 5's caption).
        Assert.Equal("Перечень муниципальных программ города Омска в сфере реализации проекта",
            page.QuerySelector("[data-item='15'] > td.caption")!.TextContent);
        Assert.Equal(11, page.QuerySelectorAll("[data-testid=executors] tbody tr").Length);
        Assert.Equal(3, page.QuerySelectorAll("[data-item='17'] p.dash").Length);
        Assert.Equal(4, page.QuerySelectorAll("[data-item='18'] td.value > p").Length);
        // Every cell of seed 000's budget is «-», so every computed total is «-» too.
        Assert.All(page.QuerySelectorAll("[data-testid=budget] tbody td.amount"), cell => Assert.Equal("-", cell.TextContent));
        Assert.NotNull(page.QuerySelector("[data-testid=edit-project]"));
    }

    [Fact]
    public async Task Success_of_every_child_card_shows_seed_001_with_computed_totals()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var page = await OpenCardAsync(office, "Успех каждого ребенка");

        var text = page.QuerySelector("[data-testid=passport-national]")!.TextContent;
        foreach (var words in new[]
                 {
                     "Ермаков Александр Владимирович, Заместитель мэра городского округа по социальным вопросам",
                     "1 января 2019 г.", "Создан детский технопарк «Кванториум»", "Федяева И.Г", "Бадудина Т.А.",
                     "Руководители общеобразовательных учреждений города", "г. Саянск(муниципальное образование)", "Фдод=73",
                     "Модель функционирования результатов и достижения показателей муниципального проекта",
                 })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }

        var budget = Rows(page, "budget");
        Assert.Equal(["", "Всего по данному направлению муниципального проекта", "0,015", "0,015", "0,015", "0,015", "0,015", "0,015", "0,09"], budget[4]);
        Assert.Contains(["", "Всего по данному направлению муниципального проекта", "9,0", "0", "0", "0", "0", "0", "9,0"], budget);
        // The seed prints 9,23 here where the lines sum to 9,09: the demo keeps the paper's typed totals (docs §6).
        Assert.Equal(["", "Всего по муниципальному проекту, в том числе:", "9,03", "0,055", "0,03", "0,03", "0,055", "0,03", "9,23"], budget[^4]);
        Assert.Equal(["", "региональный бюджет", "9,03", "0,055", "0,03", "0,03", "0,055", "0,03", "9,23"], budget[^3]);
        Assert.Equal("38.", Rows(page, "participants")[^1][0]);
        Assert.Equal(["", "Всего по проекту", "", "9,03", "0,055", "0,03", "9,115"], Rows(page, "financing")[^1]);
        Assert.Equal("0,025\n0,015", Rows(page, "financing")[0][4]);
    }

    [Fact]
    public async Task Municipal_card_says_what_the_printed_passport_says()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var card = await OpenCardAsync(office, "Инженерный кластер");
        var id = CardProjectId(card);
        var print = await office.GetPageAsync($"/projects/{id}/forms/passport");

        Assert.Equal(Texts(print, "tr.section th"), Texts(card, "tr.section th"));
        Assert.Equal([PassportCaptions.GeneralSection, PassportCaptions.DescriptionSection], Texts(card, "tr.section th"));
        var printed = Items(print);
        var shown = Items(card);
        Assert.Equal(Enumerable.Range(1, 22).ToList(), shown.Select(i => i.Number).ToList());
        Assert.Equal(printed.Select(i => (i.Number, i.Caption)), shown.Select(i => (i.Number, i.Caption)));
        foreach (var (paper, screen) in printed.Zip(shown))
        {
            if (paper.Value.Length == 0)
            {
                Assert.Equal("не заполнено", screen.Value);
            }
            else if (paper.Number == 22)
            {
                Assert.StartsWith(paper.Value, screen.Value, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(paper.Value, screen.Value);
            }
        }

        foreach (var table in new[] { "executors", "stages", "budget" })
        {
            Assert.Equal(AllRows(print, table), AllRows(card, table));
        }
    }

    [Fact]
    public async Task National_card_says_what_the_printed_passport_and_annexes_say()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var card = await OpenCardAsync(office, "Успех каждого ребенка");
        var id = CardProjectId(card);
        var print = await office.GetPageAsync($"/projects/{id}/forms/passport");
        var annexes = await office.GetPageAsync($"/projects/{id}/forms/annexes");

        var level = ProjectLabels.LevelGenitive(ProjectLevel.Municipal);
        Assert.Equal(
            [PassportCaptions.MainProvisions, PassportCaptions.GoalAndIndicators(level), PassportCaptions.TasksAndResults(level),
             PassportCaptions.Financing(level), PassportCaptions.Participants(level)],
            Texts(card, "[data-testid=passport-national] h2.section-title").Take(5));
        Assert.Equal(Texts(print, "h2.section-title"), Texts(card, "[data-testid=passport-national] h2.section-title").Take(5));
        Assert.Equal(Texts(print, ".goal"), Texts(card, ".goal"));
        foreach (var table in new[] { "section-1", "indicators", "tasks", "budget", "participants" })
        {
            Assert.NotEmpty(AllRows(card, table));
            Assert.Equal(AllRows(print, table), AllRows(card, table));
        }

        Assert.Equal(Texts(annexes, "h2.section-title"), Texts(card, "[data-testid=passport-national] h2.section-title").Skip(5));
        foreach (var table in new[] { "indicators-by-organisation", "indicator-methods", "financing" })
        {
            Assert.NotEmpty(AllRows(card, table));
            Assert.Equal(AllRows(annexes, table), AllRows(card, table));
        }
    }

    private static async Task<IDocument> OpenCardAsync(PortalClient client, string name)
    {
        var list = await client.GetPageAsync("/projects?q=" + Uri.EscapeDataString(name));
        var link = list.QuerySelectorAll("[data-testid=project-list] a").Single(a => a.TextContent == name);
        return await client.GetPageAsync(link.GetAttribute("href")!);
    }

    private static List<List<string>> Rows(IDocument page, string table) =>
        page.QuerySelectorAll($"[data-testid={table}] tbody tr")
            .Select(row => row.Children.Select(cell => cell.TextContent.Trim()).ToList())
            .ToList();

    /// <summary>The project id of an open card, from its «Печатные формы» tab.</summary>
    private static int CardProjectId(IDocument card) =>
        int.Parse(card.QuerySelector("a[href$='/forms']")!.GetAttribute("href")!.Split('/')[2], CultureInfo.InvariantCulture);

    private static List<(int Number, string Caption, string Value)> Items(IDocument page) =>
        page.QuerySelectorAll("tr[data-item]").Select(row => (
            int.Parse(row.GetAttribute("data-item")!, CultureInfo.InvariantCulture),
            Clean(row.QuerySelector("td.caption")!.TextContent),
            Clean(row.QuerySelector("td.value")!.TextContent))).ToList();

    private static List<string> Texts(IDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(e => Clean(e.TextContent)).ToList();

    private static List<List<string>> AllRows(IDocument page, string table) =>
        page.QuerySelectorAll($"[data-testid={table}] tr")
            .Select(row => row.Children.Select(cell => Clean(cell.TextContent)).ToList())
            .ToList();

    // Markup differs in indentation only; the words and their order are what a reader compares.
    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

}
