using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>
    /// The menu's count is one query over all five kinds (InboxQueries.CountAsync), the inbox page lists them kind by
    /// kind: with each kind waiting for someone, every user's count is the number of rows their inbox has.
    /// </summary>
    [Fact]
    public async Task The_menu_counts_what_the_inbox_lists_for_every_kind_of_waiting()
    {
        var submitted = await ImportCopyAsync(portal);
        var returned = await ImportCopyAsync(portal);
        var reported = await ImportCopyAsync(portal);
        var reportedAndReturned = await ImportCopyAsync(portal);
        await ApproveAsync(portal, reported);
        await ApproveAsync(portal, reportedAndReturned);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);

        await DecideOrFailAsync(leader, submitted, "submit", "Прошу согласовать");
        await DecideOrFailAsync(leader, returned, "submit", "Прошу согласовать");
        await DecideOrFailAsync(office, returned, "office-return", "Уточните бюджет");
        await DecideOrFailAsync(leader, reported, $"stages/{await FirstStageAsync(reported)}/report", "Этап выполнен");
        var stage = await FirstStageAsync(reportedAndReturned);
        await DecideOrFailAsync(leader, reportedAndReturned, $"stages/{stage}/report", "Этап выполнен");
        await DecideOrFailAsync(curator, reportedAndReturned, $"stages/{stage}/return", "Нет отчета");

        Assert.Contains("Паспорт ждет согласования", await InboxTextAsync(office), StringComparison.Ordinal);
        Assert.Contains("ждет закрытия", await InboxTextAsync(curator), StringComparison.Ordinal);
        Assert.Contains("Возвращен проектным офисом на доработку", await InboxTextAsync(leader), StringComparison.Ordinal);
        Assert.Contains("возвращен куратором", await InboxTextAsync(leader), StringComparison.Ordinal);
        foreach (var user in new[] { leader, office, curator })
        {
            var inbox = await user.GetPageAsync("/inbox");
            var listed = int.Parse(Total().Match(inbox.Body!.TextContent).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(listed, await CountAsync(user));
        }
    }

    private async Task<int> FirstStageAsync(int projectId) =>
        await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == projectId).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());

    private static async Task DecideOrFailAsync(PortalClient client, int projectId, string step, string comment)
    {
        using var response = await DecideAsync(client, projectId, step, comment);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<string> InboxTextAsync(PortalClient client) =>
        (await client.GetPageAsync("/inbox")).QuerySelector("[data-testid=inbox]")!.TextContent;

    [GeneratedRegex(@"Ждут вашего решения или ответа: (\d+)\.")]
    private static partial Regex Total();

    private static async Task<int> CountAsync(PortalClient client)
    {
        var nav = (await client.GetPageAsync("/")).QuerySelector("[data-testid=main-nav]")!.TextContent;
        return int.Parse(Count().Match(nav).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Входящие \((\d+)\)")]
    private static partial Regex Count();
}
