using System.Net;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Projects;

/// <summary>Every page of a project carries the same tabs, and the printed forms are one click from the card.</summary>
[Collection(Portals.Projects)]
public sealed class ProjectNavigationTests(PortalFactory portal)
{
    private static readonly string[] Tabs = ["", "/plan", "/control-events", "/gantt", "/risks", "/approval", "/reports", "/versions", "/journal", "/forms"];

    [Theory]
    [InlineData("", "card")]
    [InlineData("/plan", "plan")]
    [InlineData("/control-events", "control-events")]
    [InlineData("/gantt", "gantt")]
    [InlineData("/risks", "risks")]
    [InlineData("/approval", "approval")]
    [InlineData("/reports", "reports")]
    [InlineData("/reports/2021-03", "reports")]
    [InlineData("/versions", "versions")]
    [InlineData("/journal", "journal")]
    [InlineData("/forms", "forms")]
    [InlineData("/edit/team", "card")]
    [InlineData("/edit/budget", "card")]
    public async Task Each_project_page_shows_all_tabs_with_its_own_marked(string path, string current)
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await leader.GetPageAsync($"/projects/{id}{path}");

        var nav = page.QuerySelector("[data-testid=project-nav]")!;
        Assert.Equal(Tabs.Select(t => $"/projects/{id}{t}"), nav.QuerySelectorAll("a.nav-link").Select(a => a.GetAttribute("href")));
        Assert.Equal($"/projects/{id}{Tabs[Array.IndexOf(["card", "plan", "control-events", "gantt", "risks", "approval", "reports", "versions", "journal", "forms"], current)]}",
            nav.QuerySelector("a.nav-link.active")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_municipal_project_prints_passport_plan_control_events_budget_and_risk_register()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}/forms");

        var rows = page.QuerySelectorAll("[data-testid=printed-forms] tbody tr").ToList();
        Assert.Equal(["passport", "plan", "control-events", "gantt", "budget", "indicators", "risks"], rows.Select(r => r.GetAttribute("data-form")));
        Assert.Equal([$"/projects/{id}/forms/plan", $"/projects/{id}/forms/plan.pdf", $"/projects/{id}/forms/plan.xlsx"],
            rows[1].QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        using var preview = await viewer.Http.GetAsync(new Uri(rows[1].QuerySelector("a")!.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    [Fact]
    public async Task A_national_project_prints_its_annexes_and_risk_register_too()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.National);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}/forms");

        Assert.Equal(["passport", "plan", "control-events", "gantt", "budget", "indicators", "annexes", "risks"],
            page.QuerySelectorAll("[data-testid=printed-forms] tbody tr").Select(r => r.GetAttribute("data-form")));
    }
}
