using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Practices;

[Collection(Portals.Practices)]
public sealed class PracticeAccessTests(PortalFactory portal)
{
    [Fact]
    public async Task A_draft_is_invisible_to_readers_outside_its_project()
    {
        var success = await portal.ProjectIdAsync("Успех каждого ребенка");
        var id = await PracticeTestData.AddDraftAsync(portal, "Черновик практики Саянска", success);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        foreach (var client in new[] { leader, methodist })
        {
            foreach (var url in new[] { $"/practices/{id}", $"/practices/{id}/forms/passport", $"/api/practices/{id}/export", $"/practices/{id}/edit", $"/practices/{id}/tables/costs" })
            {
                using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task A_draft_is_read_by_its_project_team_and_edited_by_its_editors()
    {
        var cluster = await portal.ProjectIdAsync("Инженерный кластер");
        var id = await PracticeTestData.AddDraftAsync(portal, "Черновик практики кластера", cluster);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var methodistReads = await methodist.Http.GetAsync(new Uri($"/practices/{id}", UriKind.Relative));
        using var methodistEdits = await methodist.Http.GetAsync(new Uri($"/practices/{id}/texts/goals", UriKind.Relative));
        using var leaderEdits = await leader.Http.GetAsync(new Uri($"/practices/{id}/texts/goals", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, methodistReads.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, methodistEdits.StatusCode);
        Assert.Equal(HttpStatusCode.OK, leaderEdits.StatusCode);
    }

    [Fact]
    public async Task A_project_leader_cannot_edit_a_published_practice()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var page = await leader.Http.GetAsync(new Uri($"/practices/{id}/edit", UriKind.Relative));
        var read = await leader.GetPageAsync($"/practices/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Empty(read.QuerySelectorAll("a.edit-link"));
    }

    [Fact]
    public async Task The_project_office_publishes_a_draft_and_the_journal_records_it()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика к публикации", null, description: "Описание практики.");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var version = await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

        using var response = await office.PostFormAsync($"/practices/{id}/publish", new() { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/practices/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PracticeStatus.Published, await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
        var entry = await portal.WithDbAsync(db => db.Journal.SingleAsync(j => j.EntityType == "Practice" && j.EntityId == $"{id}" && j.Action == JournalAction.StatusChange));
        Assert.Equal("черновик", entry.OldValue);
        Assert.Equal("опубликована", entry.NewValue);
        Assert.Equal("Романькова Наталья Владимировна", entry.UserName);
    }

    [Fact]
    public async Task A_project_leader_cannot_publish_and_nothing_changes()
    {
        var cluster = await portal.ProjectIdAsync("Инженерный кластер");
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика лидера", cluster, description: "Описание.");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await leader.PostFormAsync($"/practices/{id}/publish", new() { ["version"] = "0" }, $"/practices/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(PracticeStatus.Draft, await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_draft_without_the_essential_sections_is_not_published()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика без описания", null, description: null);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var version = await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());

        using var response = await office.PostFormAsync($"/practices/{id}/publish", new() { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/practices/{id}");
        var page = await office.GetPageAsync($"/practices/{id}");

        Assert.Contains("14. Краткое описание практики.", page.QuerySelector("[data-testid='error']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PracticeStatus.Draft, await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }
}
