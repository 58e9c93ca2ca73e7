using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Approval;

[Collection(Portals.Approval)]
public sealed class WrongRoleTests(PortalFactory portal)
{
    public static TheoryData<string, string, ProjectStatus> Attempts => new()
    {
        { "office", "submit", ProjectStatus.Draft },
        { "curator", "submit", ProjectStatus.Draft },
        { "methodist", "submit", ProjectStatus.Draft },
        { "viewer", "submit", ProjectStatus.Draft },
        { "admin", "submit", ProjectStatus.Draft },
        { "leader", "agree", ProjectStatus.InAgreement },
        { "curator", "agree", ProjectStatus.InAgreement },
        { "methodist", "office-return", ProjectStatus.InAgreement },
        { "leader", "approve", ProjectStatus.InApproval },
        { "office", "approve", ProjectStatus.InApproval },
        { "admin", "approve", ProjectStatus.InApproval },
        { "viewer", "curator-return", ProjectStatus.InApproval },
        { "office", "change-request", ProjectStatus.Approved },
        { "curator", "change-request", ProjectStatus.Approved },
    };

    [Theory]
    [MemberData(nameof(Attempts))]
    public async Task A_step_by_the_wrong_role_is_forbidden_and_changes_nothing(string userName, string step, ProjectStatus status)
    {
        var id = await ImportCopyAsync(portal, status);
        var journalBefore = await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id));
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));

        using var response = await DecideAsync(client, id, step, "Попытка");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(status, await StatusAsync(portal, id));
        Assert.False(await portal.WithDbAsync(db => db.ApprovalDecisions.AnyAsync(d => d.ProjectId == id)));
        Assert.False(await portal.WithDbAsync(db => db.ProjectVersions.AnyAsync(v => v.ProjectId == id)));
        Assert.Equal(journalBefore, await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id)));
    }

    [Fact]
    public async Task A_step_in_the_wrong_status_is_refused_with_a_message_and_changes_nothing()
    {
        var id = await ImportCopyAsync(portal, ProjectStatus.Draft);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var response = await DecideAsync(office, id, "agree");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Паспорт сейчас в статусе «Черновик»", page.QuerySelector("[data-testid=approval-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.Draft, await StatusAsync(portal, id));
    }

    [Fact]
    public async Task The_projects_own_curator_approves_whatever_their_global_role()
    {
        var id = await ImportCopyAsync(portal, ProjectStatus.InApproval);
        // The methodist's person becomes this copy's curator member; globally she stays a methodist.
        await portal.ChangeAsync(async db =>
        {
            var methodist = await db.People.SingleAsync(p => p.FullName == DemoUsers.Methodist.FullName);
            var curator = await db.ProjectMembers.SingleAsync(m => m.ProjectId == id && m.Role == MemberRole.Curator);
            curator.PersonId = methodist.Id;
        });
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        using var response = await DecideAsync(methodist, id, "approve");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProjectStatus.Approved, await StatusAsync(portal, id));
    }

    [Fact]
    public async Task A_leader_of_another_project_cannot_submit_it()
    {
        var id = await ImportCopyAsync(portal);
        await portal.ChangeAsync(async db =>
        {
            var leader = await db.ProjectMembers.SingleAsync(m => m.ProjectId == id && m.Role == MemberRole.Leader);
            leader.PersonId = await db.People.Where(p => p.FullName == "Ефимова Лариса Геннадьевна").Select(p => p.Id).SingleAsync();
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await DecideAsync(leader, id, "submit");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ProjectStatus.Draft, await StatusAsync(portal, id));
    }
}
