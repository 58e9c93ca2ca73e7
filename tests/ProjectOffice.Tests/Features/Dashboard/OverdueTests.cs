using System.Globalization;
using System.Net;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Tests.Features.ControlEvents;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Dashboard;

/// <summary>Overdue and due soon computed against a fixed clock (20.06.2021); dashboards of a person and of the office.</summary>
public sealed class OverdueTests(MidJune2021Portal portal) : IClassFixture<MidJune2021Portal>
{
    [Fact]
    public async Task Overdue_is_computed_from_today()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}/control-events");

        // 1: 28.02.2020 — before today; 12: 30.06.2021 («31.06.2021») — within 14 days; 17: 31.12.2021 — later.
        Assert.Equal("Overdue", await StateAsync(page, 1));
        Assert.Equal("DueSoon", await StateAsync(page, 12));
        Assert.Equal("Planned", await StateAsync(page, 17));
        Assert.Contains("Состояние на 20.06.2021", page.Body!.TextContent, StringComparison.Ordinal);
        var dueSoon = await viewer.GetPageAsync($"/projects/{id}/control-events?status=DueSoon");
        Assert.Equal([await EventIdAsync(12)], dueSoon.QuerySelectorAll("tr[data-event-id]").Select(r => Number(r.GetAttribute("data-event-id"))));
    }

    [Fact]
    public async Task Leaders_dashboard_shows_the_due_soon_event_yellow_and_the_overdue_ones_red()
    {
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await leader.GetPageAsync("/dashboard");

        var twelve = page.QuerySelector($"tr[data-event-id='{await EventIdAsync(12)}']")!;
        Assert.Equal("Yellow", twelve.QuerySelector("[data-light]")!.GetAttribute("data-light"));
        Assert.Contains("31.06.2021", twelve.TextContent, StringComparison.Ordinal);
        Assert.Equal("Red", page.QuerySelector($"tr[data-event-id='{await EventIdAsync(1)}'] [data-light]")!.GetAttribute("data-light"));
        Assert.Null(page.QuerySelector($"tr[data-event-id='{await EventIdAsync(17)}']"));
    }

    [Fact]
    public async Task Methodists_start_page_lists_only_her_events_and_turns_green_once_marked()
    {
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        var fifteen = await EventIdAsync(15);
        var version = (await DemoEvents.LoadAsync(portal, fifteen)).Version;

        var before = await methodist.GetPageAsync("/");
        await methodist.PostFormAsync($"/control-events/{fifteen}/done", new()
        {
            ["Form.Version"] = version.ToString(CultureInfo.InvariantCulture), ["Form.DoneOn"] = "18.06.2021",
        });
        var after = await methodist.GetPageAsync("/");

        Assert.Contains(DemoUsers.Methodist.FullName, before.QuerySelector("[data-testid=start-page]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Red", before.QuerySelector($"tr[data-event-id='{fifteen}'] [data-light]")!.GetAttribute("data-light"));
        // Event 12 is Чернецкая's alone: not on the methodist's page.
        Assert.Null(before.QuerySelector($"tr[data-event-id='{await EventIdAsync(12)}']"));
        Assert.Equal("Green", after.QuerySelector($"tr[data-event-id='{fifteen}'] [data-light]")!.GetAttribute("data-light"));
    }

    [Fact]
    public async Task Office_monitoring_filters_by_organisation_and_curator()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var ids = await portal.WithDbAsync(async db => new
        {
            Sayansk = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
                db.Organisations.Where(o => o.Name.Contains("Управление образования") || (o.ShortName != null && o.ShortName.Contains("Управление образования"))).Select(o => o.Id)),
            Shestakov = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
                db.People.Where(p => p.FullName == DemoUsers.Curator.FullName).Select(p => p.Id)),
        });

        var all = await office.GetPageAsync("/monitoring?filter=Overdue");
        var sayansk = await office.GetPageAsync($"/monitoring?filter=Overdue&organisationId={ids.Sayansk}");
        var shestakov = await office.GetPageAsync($"/monitoring?filter=Overdue&curatorId={ids.Shestakov}");

        var projects = (AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("tr[data-event-id] td:nth-child(2)").Select(c => c.TextContent.Trim()).Distinct().Order().ToList();
        Assert.Equal([DemoPlans.Municipal, DemoPlans.National], projects(all));
        Assert.Equal([DemoPlans.National], projects(sayansk));
        Assert.Equal([DemoPlans.Municipal], projects(shestakov));
    }

    [Theory]
    [InlineData("methodist")]
    [InlineData("leader")]
    [InlineData("viewer")]
    public async Task Monitoring_is_for_the_office_curators_and_administrators(string userName)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var response = await client.Http.GetAsync(new Uri("/monitoring", UriKind.Relative));
        var start = await client.GetPageAsync("/");

        Assert.False(RolePermissions.Grants([DemoUsers.All.Single(u => u.UserName == userName).Role], Permissions.MonitorAllProjects));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(start.QuerySelector("[data-testid=main-nav] a[href='/monitoring']"));
        Assert.NotNull(start.QuerySelector("[data-testid=main-nav] a[href='/dashboard']"));
    }

    private async Task<int> EventIdAsync(int number) => await DemoEvents.IdAsync(portal, DemoPlans.Municipal, number);

    private async Task<string?> StateAsync(AngleSharp.Dom.IDocument page, int number) =>
        page.QuerySelector($"tr[data-event-id='{await EventIdAsync(number)}']")?.GetAttribute("data-state");

    private static int Number(string? text) => int.Parse(text!, CultureInfo.InvariantCulture);
}
