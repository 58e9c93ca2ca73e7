using AngleSharp.Dom;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Practices;

[Collection(Portals.Practices)]
public sealed class PracticeLibraryTests(PortalFactory portal)
{
    [Fact]
    public async Task Search_finds_the_demo_practice_by_an_inflected_word()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await client.GetPageAsync("/practices?q=" + Uri.EscapeDataString("технопарков"));

        Assert.Contains(PracticeTestData.DemoPracticeName, CardNames(page));
        // The fragment shows where the word was found: «технопарк» in the text, marked.
        Assert.Contains(page.QuerySelectorAll("[data-testid='practice-card'] mark"), m => m.TextContent.StartsWith("технопарк", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Search_leaves_out_practices_without_the_word()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await client.GetPageAsync("/practices?q=" + Uri.EscapeDataString("животноводство"));

        Assert.DoesNotContain(PracticeTestData.DemoPracticeName, CardNames(page));
    }

    [Fact]
    public async Task A_match_in_the_name_ranks_above_a_match_in_the_text()
    {
        var inText = await PracticeTestData.AddDraftAsync(portal, "Школьные мастерские", null, description: "Мастерские работают как маленькие кванториумы.");
        var inName = await PracticeTestData.AddDraftAsync(portal, "Кванториум в каждой школе", null, description: "Оборудование для занятий.");
        await PublishAsync(inText);
        await PublishAsync(inName);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var names = CardNames(await client.GetPageAsync("/practices?q=" + Uri.EscapeDataString("кванториумы")));

        Assert.True(names.IndexOf("Кванториум в каждой школе") is >= 0 and var first && first < names.IndexOf("Школьные мастерские"), string.Join("; ", names));
    }

    [Fact]
    public async Task The_library_filters_by_territory_and_year()
    {
        var omsk = await PracticeTestData.AddDraftAsync(portal, "Омские дворы", null, territory: "Омская область, город Омск", startYear: 2017, endYear: 2018);
        await PublishAsync(omsk);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        const string kalugaTerritory = "Калужская область, город Обнинск";
        var kaluga = CardNames(await client.GetPageAsync("/practices?territory=" + Uri.EscapeDataString(kalugaTerritory)));
        var in2018 = CardNames(await client.GetPageAsync("/practices?year=2018"));
        var kalugaIn2022 = CardNames(await client.GetPageAsync("/practices?year=2022&territory=" + Uri.EscapeDataString(kalugaTerritory)));
        var kalugaIn2018 = CardNames(await client.GetPageAsync("/practices?year=2018&territory=" + Uri.EscapeDataString(kalugaTerritory)));

        Assert.Contains(PracticeTestData.DemoPracticeName, kaluga);
        Assert.DoesNotContain("Омские дворы", kaluga);
        Assert.Contains("Омские дворы", in2018);
        Assert.DoesNotContain(PracticeTestData.DemoPracticeName, in2018);
        Assert.Contains(PracticeTestData.DemoPracticeName, kalugaIn2022);
        Assert.Empty(kalugaIn2018);
    }

    [Fact]
    public async Task The_library_is_paginated_and_keeps_the_filters_on_every_page()
    {
        const string territory = "Тестовая область, город Страниц";
        for (var i = 0; i < 21; i++)
        {
            await PublishAsync(await PracticeTestData.AddDraftAsync(portal, $"Практика для страниц {i:00}", null, territory: territory));
        }

        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);
        var first = await client.GetPageAsync("/practices?territory=" + Uri.EscapeDataString(territory));
        var secondUrl = first.QuerySelectorAll(".pagination a").Select(a => a.GetAttribute("href")!).Single(h => h.Contains("page=2", StringComparison.Ordinal));
        var second = await client.GetPageAsync(secondUrl);

        Assert.Equal(20, CardNames(first).Count);
        Assert.Single(CardNames(second));
        Assert.Contains("Найдено практик: 21", first.QuerySelector("[data-testid='found']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drafts_are_listed_for_their_editors_only()
    {
        var cluster = await portal.ProjectIdAsync("Инженерный кластер");
        var success = await portal.ProjectIdAsync("Успех каждого ребенка");
        await PracticeTestData.AddDraftAsync(portal, "Черновик инженерного кластера", cluster);
        await PracticeTestData.AddDraftAsync(portal, "Черновик проекта Саянска", success);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var leaderSees = CardNames(await leader.GetPageAsync("/practices?q=" + Uri.EscapeDataString("черновик")));
        var officeSees = CardNames(await office.GetPageAsync("/practices?q=" + Uri.EscapeDataString("черновик")));

        Assert.Contains("Черновик инженерного кластера", leaderSees);
        Assert.DoesNotContain("Черновик проекта Саянска", leaderSees);
        Assert.Contains("Черновик проекта Саянска", officeSees);
    }

    private Task<int> PublishAsync(int id) => portal.WithDbAsync(async db =>
    {
        var practice = db.Practices.Single(p => p.Id == id);
        Assert.Null(practice.Publish(DateTimeOffset.UtcNow));
        return await db.SaveChangesAsync();
    });

    private static List<string> CardNames(IDocument page) =>
        page.QuerySelectorAll("[data-testid='practice-card'] h2 a").Select(a => a.TextContent.Trim()).ToList();
}
