using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Approval;

[Collection(Portals.Approval)]
public sealed class ReturnTests(PortalFactory portal)
{
    [Fact]
    public async Task A_return_without_a_comment_is_refused_next_to_the_comment_box()
    {
        var id = await ImportCopyAsync(portal, ProjectStatus.InApproval);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);

        using var response = await DecideAsync(curator, id, "curator-return", "   ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("комментарий обязателен", page.QuerySelector("[data-testid=approval-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.InApproval, await StatusAsync(portal, id));
        Assert.False(await portal.WithDbAsync(db => db.ApprovalDecisions.AnyAsync(d => d.ProjectId == id)));
    }

    [Fact]
    public async Task The_leader_sees_why_the_office_returned_the_passport()
    {
        var id = await ImportCopyAsync(portal, ProjectStatus.InAgreement);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await DecideAsync(office, id, "office-return", "Уточните бюджет второго этапа");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProjectStatus.Draft, await StatusAsync(portal, id));
        var page = await leader.GetPageAsync($"/projects/{id}/approval");
        var reason = page.QuerySelector("[data-testid=return-reason]")!.TextContent;
        Assert.Contains("Возвращен проектным офисом на доработку", reason, StringComparison.Ordinal);
        Assert.Contains("Уточните бюджет второго этапа", reason, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.Office.FullName, reason, StringComparison.Ordinal);
        var inbox = (await leader.GetPageAsync("/inbox")).QuerySelector("[data-testid=inbox]")!.TextContent;
        Assert.Contains("Уточните бюджет второго этапа", inbox, StringComparison.Ordinal);
        // The journal keeps the comment beside the status change.
        Assert.True(await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.ProjectId == id && j.EntityType == "ApprovalDecision"
            && j.NewValue!.Contains("Уточните бюджет второго этапа") && j.UserName == DemoUsers.Office.FullName)));
    }

    [Fact]
    public async Task Returned_passport_can_be_submitted_again_and_the_curator_return_reaches_the_leader()
    {
        var id = await ImportCopyAsync(portal, ProjectStatus.InApproval);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using (var returned = await DecideAsync(curator, id, "curator-return", "Нет показателей второго этапа"))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        Assert.Contains("Нет показателей второго этапа", (await leader.GetPageAsync($"/projects/{id}/approval")).QuerySelector("[data-testid=return-reason]")!.TextContent,
            StringComparison.Ordinal);
        using (var submitted = await DecideAsync(leader, id, "submit"))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Equal(ProjectStatus.InAgreement, await StatusAsync(portal, id));
        Assert.Equal([DecisionKind.ReturnedByCurator, DecisionKind.Submitted],
            await portal.WithDbAsync(db => db.ApprovalDecisions.Where(d => d.ProjectId == id).OrderBy(d => d.Id).Select(d => d.Kind).ToListAsync()));
    }
}
