using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Features.Passport;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Approval;

/// <summary>Nobody signs their own work (docs/approval.md, «Separation of duties»): the attacks of issue 13, finding 1 and 2.</summary>
[Collection(Portals.Approval)]
public sealed class SeparationOfDutiesPortalTests(PortalFactory portal)
{
    private const string CuratorRow = "Form.Roles[1]";
    private const string LeaderRow = "Form.Roles[2]";

    [Fact]
    public async Task A_leader_cannot_make_herself_curator_in_the_team_editor()
    {
        var id = await ImportCopyAsync(portal);
        var curatorBefore = await CuratorPersonAsync(id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var fields = (await leader.GetPageAsync(TeamUrl(id))).Fields();
        fields[$"{CuratorRow}.Person"] = fields[$"{LeaderRow}.Person"];
        fields["command"] = "save";

        using var response = await leader.PostFormAsync(TeamUrl(id), fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Куратора проекта назначает проектный офис", page.QuerySelector(".field-validation-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(curatorBefore, await CuratorPersonAsync(id));

        // Emptying the whole row removes the curator.
        foreach (var key in fields.Keys.Where(k => k.StartsWith(CuratorRow + ".", StringComparison.Ordinal) && !k.EndsWith(".Id", StringComparison.Ordinal)).ToList())
        {
            fields[key] = "";
        }

        using var removed = await leader.PostFormAsync(TeamUrl(id), fields);
        Assert.Contains("Куратора проекта назначает", await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(curatorBefore, await CuratorPersonAsync(id));
    }

    [Fact]
    public async Task A_leader_who_is_curator_in_old_data_cannot_approve_her_passport_nor_close_her_stage()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var stage = await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        await MakeCuratorAsync(id, DemoUsers.Leader);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, $"stages/{stage}/report", "Сделано")).StatusCode);
        using (var close = await DecideAsync(leader, id, $"stages/{stage}/close"))
        {
            Assert.Contains(SeparationOfDuties.StageOwnReport, await close.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(StageStatus.Reported, await portal.WithDbAsync(db => db.Stages.Where(s => s.Id == stage).Select(s => s.Status).SingleAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "change-request", "Новые сроки")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(office, id, "agree")).StatusCode);
        using (var approve = await DecideAsync(leader, id, "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
            Assert.Contains(SeparationOfDuties.ApproveOwnSubmission, await approve.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(ProjectStatus.InApproval, await StatusAsync(portal, id));
        Assert.Equal(1, await portal.WithDbAsync(db => db.ProjectVersions.CountAsync(v => v.ProjectId == id)));

        using var conflicts = await office.GetPageAsync("/monitoring/conflicts");
        var row = conflicts.QuerySelector($"[data-testid=conflicts] tr[data-project='{id}']");
        Assert.NotNull(row);
        Assert.Contains(DemoUsers.Leader.FullName, row!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_office_leading_and_curating_its_own_project_can_neither_agree_nor_approve_it()
    {
        var id = await ImportCopyAsync(portal);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        // The office may assign curators: it makes itself leader and curator through the team editor.
        var fields = (await office.GetPageAsync(TeamUrl(id))).Fields();
        var officeLabel = await PersonLabelAsync(office, id, DemoUsers.Office.FullName);
        fields[$"{CuratorRow}.Person"] = officeLabel;
        fields[$"{LeaderRow}.Person"] = officeLabel;
        fields["command"] = "save";
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync(TeamUrl(id), fields)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(office, id, "submit")).StatusCode);
        using (var agree = await DecideAsync(office, id, "agree"))
        {
            Assert.Contains(SeparationOfDuties.AgreeOwnSubmission, await agree.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(ProjectStatus.InAgreement, await StatusAsync(portal, id));

        // Were it agreed anyway (data from before the rule), the office still may not approve it.
        await portal.ChangeAsync(async db =>
        {
            var officeUser = await db.Users.SingleAsync(u => u.UserName == DemoUsers.Office.UserName);
            var person = await db.People.Where(p => p.UserId == officeUser.Id).Select(p => (int?)p.Id).FirstAsync();
            (await db.Projects.SingleAsync(p => p.Id == id)).Status = ProjectStatus.InApproval;
            db.ApprovalDecisions.Add(new ApprovalDecision
            {
                ProjectId = id, Kind = DecisionKind.Agreed, At = DateTimeOffset.UtcNow, UserId = officeUser.Id, PersonId = person, UserName = officeUser.FullName,
            });
        });
        using (var approve = await DecideAsync(office, id, "approve"))
        {
            Assert.Equal(HttpStatusCode.OK, approve.StatusCode);
            Assert.Contains(SeparationOfDuties.ApproveOwnSubmission, await approve.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(ProjectStatus.InApproval, await StatusAsync(portal, id));
        Assert.False(await portal.WithDbAsync(db => db.ProjectVersions.AnyAsync(v => v.ProjectId == id)));
        Assert.False(await portal.WithDbAsync(db => db.ApprovalDecisions.AnyAsync(d => d.ProjectId == id && d.Kind == DecisionKind.Approved)));
    }

    [Fact]
    public async Task A_stale_passport_decision_changes_nothing_and_says_so()
    {
        var id = await ImportCopyAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "submit")).StatusCode);
        var seen = await ShownVersionAsync(office, id, "agree");
        // Meanwhile the passport is returned and submitted again: the office's open page shows a round that is over.
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(office, id, "office-return", "Исправьте сроки")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "submit")).StatusCode);
        var decisionsBefore = await portal.WithDbAsync(db => db.ApprovalDecisions.CountAsync(d => d.ProjectId == id));

        using var stale = await office.PostFormAsync($"/projects/{id}/approval/agree", new() { ["Version"] = seen, ["Comment"] = "" }, formPage: "/");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Паспорт изменился, пока была открыта эта страница", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(ProjectStatus.InAgreement, await StatusAsync(portal, id));
        Assert.Equal(decisionsBefore, await portal.WithDbAsync(db => db.ApprovalDecisions.CountAsync(d => d.ProjectId == id)));
    }

    [Fact]
    public async Task Two_curators_deciding_on_a_stage_at_once_leave_exactly_one_decision()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var stage = await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        await CreateSecondCuratorAsync();
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var first = await portal.SignInAsAsync(DemoUsers.Curator);
        using var second = await portal.SignInAsAsync(SecondCurator);

        for (var trial = 0; trial < 10; trial++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, $"stages/{stage}/report", $"Отчет {trial}")).StatusCode);
            var reported = await portal.WithDbAsync(db => db.ApprovalDecisions.Where(d => d.StageId == stage).MaxAsync(d => d.Id));
            // Close + return on even trials, close + close on odd ones; both curators decide on the page they loaded.
            var steps = trial % 2 == 0 ? new[] { "close", "return" } : ["close", "close"];
            var versions = new[] { await ShownVersionAsync(first, id, $"stages/{stage}/close"), await ShownVersionAsync(second, id, $"stages/{stage}/close") };
            using var barrier = new Barrier(2);
            var clients = new[] { first, second };
            var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
            {
                barrier.SignalAndWait(TimeSpan.FromSeconds(30));
                return await clients[i].PostFormAsync($"/projects/{id}/approval/stages/{stage}/{steps[i]}",
                    new() { ["Version"] = versions[i], ["Comment"] = "Решение куратора" }, formPage: "/");
            })));

            var decisions = await portal.WithDbAsync(db => db.ApprovalDecisions
                .Where(d => d.StageId == stage && d.Id > reported).Select(d => d.Kind).ToListAsync());
            var status = await portal.WithDbAsync(db => db.Stages.Where(s => s.Id == stage).Select(s => s.Status).SingleAsync());
            Assert.Single(decisions);
            Assert.Equal(decisions[0] == DecisionKind.StageClosed ? StageStatus.Closed : StageStatus.Open, status);
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
            Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
            foreach (var response in responses)
            {
                response.Dispose();
            }

            if (status == StageStatus.Closed)
            {
                Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(first, id, $"stages/{stage}/reopen", "Следующий круг")).StatusCode);
            }
        }
    }

    private static readonly DemoUser SecondCurator = new("curator2", "Второй Куратор Тестовый", Roles.Curator);

    private static string TeamUrl(int id) => $"/projects/{id}/edit/team";

    private Task<int?> CuratorPersonAsync(int id) =>
        portal.WithDbAsync(db => db.ProjectMembers.Where(m => m.ProjectId == id && m.Role == MemberRole.Curator).Select(m => m.PersonId).SingleAsync());

    private Task MakeCuratorAsync(int id, DemoUser user) => portal.ChangeAsync(async db =>
    {
        var userId = await db.Users.Where(u => u.UserName == user.UserName).Select(u => u.Id).SingleAsync();
        var person = await db.People.FirstAsync(p => p.UserId == userId);
        (await db.ProjectMembers.SingleAsync(m => m.ProjectId == id && m.Role == MemberRole.Curator)).PersonId = person.Id;
    });

    /// <summary>How the team page's people list names this person (labels may carry a position to tell namesakes apart).</summary>
    private static async Task<string> PersonLabelAsync(PortalClient client, int id, string fullName)
    {
        var page = await client.GetPageAsync(TeamUrl(id));
        return page.QuerySelectorAll("datalist#people option").Select(o => o.GetAttribute("value") ?? "")
            .First(v => v.StartsWith(fullName, StringComparison.Ordinal));
    }

    private async Task CreateSecondCuratorAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(SecondCurator.UserName) is not null)
        {
            return;
        }

        var seeder = ActivatorUtilities.CreateInstance<AccountSeeder>(scope.ServiceProvider);
        var user = await seeder.CreateUserAsync(SecondCurator.UserName, SecondCurator.FullName, SecondCurator.Role, DemoUsers.Password, null);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.People.Add(new Person { FullName = SecondCurator.FullName, UserId = user.Id });
        await db.SaveChangesAsync();
    }
}
