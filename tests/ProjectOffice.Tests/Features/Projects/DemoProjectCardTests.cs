using AngleSharp.Dom;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Projects;

/// <summary>The cards of the two demo projects show the seeds' words, and the totals the seeds print (docs §6).</summary>
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
                     "внебюджетных источников (гранты)", "отсутствие муниципальной нормативной базы для внедрения проекта",
                 })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }

        // Item 15's caption as seed 000 prints it (the city comes from item 5's caption).
        Assert.Equal("Перечень муниципальных программ города Омска в сфере реализации проекта",
            page.QuerySelector("[data-item='15']")!.PreviousElementSibling!.TextContent);
        Assert.Equal(11, page.QuerySelectorAll("[data-testid=executors] tbody tr").Length);
        Assert.Equal(3, page.QuerySelectorAll("[data-item='17'] li").Length);
        Assert.Equal(4, page.QuerySelectorAll("[data-item='18'] li").Length);
        // Every cell of seed 000's budget is «-», so every computed total is «-» too.
        Assert.All(page.QuerySelectorAll("[data-testid=budget] tbody td.num"), cell => Assert.Equal("-", cell.TextContent));
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
                     "Руководители общеобразовательных учреждений города", "г. Саянск (муниципальное образование)", "Фдод=73",
                     "Модель функционирования результатов и достижения показателей муниципального проекта",
                 })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }

        var budget = Rows(page, "budget");
        Assert.Equal(["", "Всего по данному направлению муниципального проекта", "0,015", "0,015", "0,015", "0,015", "0,015", "0,015", "0,09"], budget[4]);
        Assert.Contains(["", "Всего по данному направлению муниципального проекта", "9,0", "0", "0", "0", "0", "0", "9,0"], budget);
        // The seed prints 9,23 here; the portal prints the sum of the lines (docs §6).
        Assert.Equal(["", "Всего по муниципальному проекту, в том числе:", "9,015", "0,015", "0,015", "0,015", "0,015", "0,015", "9,09"], budget[^4]);
        Assert.Equal("38.", Rows(page, "participants")[^1][0]);
        Assert.Equal(["", "Всего по проекту", "", "9,03", "0,055", "0,03", "9,115"], Rows(page, "financing")[^1]);
        Assert.Equal("0,025\n0,015", Rows(page, "financing")[0][4]);
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
}
