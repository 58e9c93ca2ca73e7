using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Features.Passport;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Performance;

/// <summary>
/// The heavy project pages are served from a cache and answer 304 to a browser that holds them: never stale after a
/// save (by this instance, or by any other writer of the database), never another user's rendering.
/// </summary>
[Collection(Portals.Plan)]
public sealed class ProjectPageCacheTests(PortalFactory portal)
{
    [Fact]
    public async Task A_save_by_one_user_shows_at_once_to_another_and_so_does_a_write_of_another_instance()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Кэш: сохранение видно сразу");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var plan = $"/projects/{id}/plan";
        Assert.Contains("«Б»", await TitlesAsync(office, plan), StringComparison.Ordinal);
        Assert.Contains("«Б»", await TitlesAsync(office, plan), StringComparison.Ordinal);
        var gantt = await office.GetPageAsync($"/projects/{id}/gantt");

        var url = $"{plan}/{items["Б"]}/edit";
        var fields = (await leader.GetPageAsync(url)).Fields();
        fields["Form.Name"] = "Б после правки";
        fields["Form.ConfirmOutOfRange"] = "true";
        fields["Form.Command"] = "save";
        using (var saved = await leader.PostFormAsync(url, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains("«Б после правки»", await TitlesAsync(office, plan), StringComparison.Ordinal);
        Assert.Contains("Б после правки", (await office.GetPageAsync($"/projects/{id}/gantt")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Б после правки", gantt.Body!.TextContent, StringComparison.Ordinal);

        // Another instance behind nginx, an import or a DBA writes the same database: the triggers stamp the project.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlAsync($"""UPDATE "PlanItems" SET "Name" = 'В из другого экземпляра' WHERE "Id" = {items["В"]}""");
            // A child row without a project column of its own (the executor of «Г») stamps its project too.
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Responsibles" ("PlanItemId", "Text", "SortOrder") VALUES ({items["Г"]}, 'Исполнитель из другого экземпляра', 0)
                """);
        }

        var after = await TitlesAsync(office, plan);
        Assert.Contains("«В из другого экземпляра»", after, StringComparison.Ordinal);
        Assert.Contains("Исполнитель из другого экземпляра", (await office.GetPageAsync(plan)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_never_receives_the_page_rendered_for_an_editor_and_a_cached_form_posts_from_another_browser()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Кэш: у каждого своя страница");
        var plan = $"/projects/{id}/plan";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        Assert.NotEmpty((await leader.GetPageAsync(plan)).QuerySelectorAll("a[href$='/edit']"));
        Assert.NotEmpty((await leader.GetPageAsync(plan)).QuerySelectorAll("a[href$='/edit']"));

        var seen = await viewer.GetPageAsync(plan);
        var again = await viewer.GetPageAsync(plan);

        foreach (var page in new[] { seen, again })
        {
            Assert.Contains("«А»", Titles(page), StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("a[href$='/edit']"));
            Assert.Empty(page.QuerySelectorAll("button[name=command]"));
        }

        // The leader in a second browser gets the cached page with a form token of that browser's own.
        using var secondBrowser = await portal.SignInAsAsync(DemoUsers.Leader);
        var version = (await secondBrowser.GetPageAsync(plan)).QuerySelector("input[name=version]")!.GetAttribute("value")!;
        using var moved = await secondBrowser.PostFormAsync(plan, new() { ["command"] = $"down:{items["А"]}", ["version"] = version }, formPage: plan);
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(["Б", "А", "В"], await NamesInStageAsync(items["stage1"]));
    }

    [Fact]
    public async Task A_browser_gets_304_only_while_nothing_changed()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Кэш: 304 до первой правки");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var plan = $"/projects/{id}/plan";
        using var first = await leader.Http.GetAsync(new Uri(plan, UriKind.Relative));
        var etag = first.Headers.ETag ?? throw new InvalidOperationException("The plan page has no ETag.");
        Assert.Contains("no-cache", first.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);

        using var unchanged = await GetAsync(leader, plan, etag);
        using var otherUser = await GetAsync(office, plan, etag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, unchanged.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);

        var url = $"{plan}/{items["А"]}/edit";
        var fields = (await leader.GetPageAsync(url)).Fields();
        fields["Form.Name"] = "А после правки";
        fields["Form.ConfirmOutOfRange"] = "true";
        fields["Form.Command"] = "save";
        using (var saved = await leader.PostFormAsync(url, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var changed = await GetAsync(leader, plan, etag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("«А после правки»", Titles(await PortalClient.ParseAsync(changed)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_project_list_shows_a_save_at_once_to_another_user_and_answers_304_only_while_nothing_changed()
    {
        var token = Guid.NewGuid().ToString("N")[..10];
        var (id, _) = await TestPlans.MunicipalAsync(portal, $"Кэш списка {token}");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var list = $"/projects?q={token}";
        Assert.Equal([$"Кэш списка {token}"], await ListedAsync(office, list));
        using var first = await office.Http.GetAsync(new Uri(list, UriKind.Relative));
        var etag = first.Headers.ETag ?? throw new InvalidOperationException("The project list has no ETag.");
        using (var unchanged = await GetAsync(office, list, etag))
        {
            Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        }

        // The leader renames the project: the office's list (served from the cache a moment ago) shows it at once.
        var fields = (await leader.GetPageAsync($"/projects/{id}/edit/general")).Fields();
        fields["Form.Name"] = $"Кэш списка {token} после правки";
        using (var saved = await leader.PostFormAsync($"/projects/{id}/edit/general", fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using (var changed = await GetAsync(office, list, etag))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        Assert.Equal([$"Кэш списка {token} после правки"], await ListedAsync(office, list));

        // Another instance or a DBA writes the database: the triggers' stamps change the whole region's key too.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.ExecuteSqlAsync($"""UPDATE "Projects" SET "Name" = {"Кэш списка " + token + " из другого экземпляра"} WHERE "Id" = {id}""");
        }

        Assert.Equal([$"Кэш списка {token} из другого экземпляра"], await ListedAsync(office, list));
    }

    [Fact]
    public async Task A_viewer_never_receives_the_project_list_or_the_monitoring_rendered_for_the_office()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        Assert.NotNull((await office.GetPageAsync("/projects")).QuerySelector("[data-testid=create-project]"));
        Assert.NotNull((await office.GetPageAsync("/projects")).QuerySelector("[data-testid=create-project]"));
        using (var monitoring = await office.Http.GetAsync(new Uri("/monitoring", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, monitoring.StatusCode);
        }

        Assert.Null((await viewer.GetPageAsync("/projects")).QuerySelector("[data-testid=create-project]"));
        Assert.Null((await viewer.GetPageAsync("/projects")).QuerySelector("[data-testid=create-project]"));
        using var refused = await viewer.Http.GetAsync(new Uri("/monitoring", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    /// <summary>The project names the list shows.</summary>
    private static async Task<string[]> ListedAsync(PortalClient client, string url) =>
        (await client.GetPageAsync(url)).QuerySelectorAll("table a[href^='/projects/']").Select(a => a.TextContent.Trim()).ToArray();

    private static async Task<HttpResponseMessage> GetAsync(PortalClient client, string url, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        return await client.Http.SendAsync(request);
    }

    private static async Task<string> TitlesAsync(PortalClient client, string plan) => Titles(await client.GetPageAsync(plan));

    /// <summary>The plan's item titles as «А», «Б» … in page order.</summary>
    private static string Titles(AngleSharp.Dom.IDocument page) =>
        string.Concat(page.QuerySelectorAll(".plan-title").Select(t => $"«{t.TextContent}»"));

    private async Task<string[]> NamesInStageAsync(int stageNodeId)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.PlanItems.Where(i => i.ParentId == stageNodeId).OrderBy(i => i.SortOrder).Select(i => i.Name!).ToArrayAsync();
    }
}
