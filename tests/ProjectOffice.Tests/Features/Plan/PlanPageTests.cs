using System.Net;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Plan;

[Collection(Portals.Plan)]
public sealed class PlanPageTests(PortalFactory portal)
{
    [Fact]
    public async Task National_demo_plan_is_numbered_as_the_signed_annex()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.National);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}/plan");

        var numbers = page.QuerySelectorAll("tr[data-item-id]").Select(r => r.GetAttribute("data-number")).ToList();
        Assert.Equal(["Задача 1", "1.", "1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1", "2.", "2.1.1"], numbers.Take(10));
        // Seed item «5.1.3» is the control point of result 5; the portal prints it as 5.1.
        Assert.Equal(["5.", "5.1.1", "5.1.2", "5.1", "6."], numbers.SkipWhile(n => n != "5.").Take(5));
        Assert.Equal(["27.1.9", "27.1.10", "27.1.11", "27.1"], numbers.TakeLast(4));
        Assert.Contains("Создание детского технопарка «Кванториум»", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Municipal_demo_plan_numbers_events_across_stages()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await leader.GetPageAsync($"/projects/{id}/plan");

        var numbers = page.QuerySelectorAll("tr[data-item-id]").Select(r => r.GetAttribute("data-number")).ToList();
        Assert.Equal(23, numbers.Count);
        Assert.Equal(["1 этап.", "1.", "2."], numbers.Take(3));
        Assert.Equal(["9.", "2 этап.", "10."], numbers.SkipWhile(n => n != "9.").Take(3));
        Assert.Equal("20.", numbers[^1]);
        var twelve = page.QuerySelector("tr[data-number='12.']")!;
        Assert.Contains("31.06.2021", twelve.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href$='/edit']"));
    }

    [Fact]
    public async Task A_rows_more_link_opens_its_other_actions_and_a_reader_or_a_missing_item_gets_none()
    {
        var (id, items, _) = await TestPlans.NationalAsync(portal, "План: действия пункта по запросу");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);
        var plan = await leader.GetPageAsync($"/projects/{id}/plan");
        var more = plan.QuerySelector($"tr#item-{items["Р"]} a[href$='/actions']")!.GetAttribute("href")!;

        var actions = await leader.GetPageAsync(more);

        // The plan row itself carries only ↑ ↓, «изменить» and «ещё»; the rest is here.
        Assert.Null(plan.QuerySelector($"tr#item-{items["Р"]} a[href$='/delete']"));
        Assert.NotNull(actions.QuerySelector($"a[href='/projects/{id}/plan/{items["Р"]}/move']"));
        Assert.NotNull(actions.QuerySelector($"a[href='/projects/{id}/plan/{items["Р"]}/delete']"));
        Assert.NotNull(actions.QuerySelector($"a[href='/projects/{id}/plan/new?parentId={items["Р"]}&kind=ControlPoint']"));
        Assert.NotNull(actions.QuerySelector($"[data-testid=item-actions] button[value='down:{items["Р"]}']"));
        using var refused = await viewer.Http.GetAsync(new Uri(more, UriKind.Relative));
        using var missing = await leader.Http.GetAsync(new Uri($"/projects/{id}/plan/999999999/actions", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Reader_sees_the_plan_without_editing_controls()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}/plan");

        Assert.NotEmpty(page.QuerySelectorAll("tr[data-item-id]"));
        Assert.Null(page.QuerySelector("a[href$='/edit']"));
        Assert.Null(page.QuerySelector("button[name=command]"));
    }

    [Fact]
    public async Task Person_outside_the_project_is_refused_the_plan()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.National);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        using var response = await methodist.Http.GetAsync(new Uri($"/projects/{id}/plan", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
