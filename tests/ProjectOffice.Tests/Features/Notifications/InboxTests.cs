using System.Net;
using System.Text.RegularExpressions;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Notifications;

[Collection(Portals.Approval)]
public sealed partial class InboxTests(PortalFactory portal)
{
    [Fact]
    public async Task The_office_count_grows_when_a_leader_submits_and_the_curator_gets_it_after_agreement()
    {
        var id = await ImportCopyAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        var officeBefore = await CountAsync(office);
        var curatorBefore = await CountAsync(curator);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "submit", "Прошу согласовать")).StatusCode);

        Assert.Equal(officeBefore + 1, await CountAsync(office));
        var inbox = (await office.GetPageAsync("/inbox")).QuerySelector("[data-testid=inbox]")!.TextContent;
        Assert.Contains("Прошу согласовать", inbox, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.Leader.FullName, inbox, StringComparison.Ordinal);
        Assert.Equal(curatorBefore, await CountAsync(curator));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(office, id, "agree")).StatusCode);

        Assert.Equal(officeBefore, await CountAsync(office));
        Assert.Equal(curatorBefore + 1, await CountAsync(curator));
        Assert.Contains("Паспорт ждет утверждения", (await curator.GetPageAsync("/inbox")).QuerySelector("[data-testid=inbox]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_has_nothing_waiting()
    {
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        Assert.Equal(0, await CountAsync(viewer));
        Assert.NotNull((await viewer.GetPageAsync("/inbox")).QuerySelector("[data-testid=inbox-empty]"));
    }

    private static async Task<int> CountAsync(PortalClient client)
    {
        var nav = (await client.GetPageAsync("/")).QuerySelector("[data-testid=main-nav]")!.TextContent;
        return int.Parse(Count().Match(nav).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Входящие \((\d+)\)")]
    private static partial Regex Count();
}
