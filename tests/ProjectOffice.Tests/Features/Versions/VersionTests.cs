using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Versions;

[Collection(Portals.Approval)]
public sealed class VersionTests(PortalFactory portal)
{
    [Fact]
    public async Task An_approved_version_keeps_the_old_stage_date_after_the_draft_is_edited()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var stored = await portal.WithDbAsync(db => db.ProjectVersions.AsNoTracking().SingleAsync(v => v.ProjectId == id));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "change-request", "Сдвиг первого этапа")).StatusCode);

        await portal.ChangeAsync(async db =>
        {
            var stage = await db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).FirstAsync();
            stage.EndDate = new DateOnly(2020, 9, 30);
        });

        var after = await portal.WithDbAsync(db => db.ProjectVersions.AsNoTracking().SingleAsync(v => v.ProjectId == id));
        Assert.Equal(stored.Snapshot, after.Snapshot);
        var frozen = ProjectSnapshot.ToProject((await portal.WithDbAsync(db => ProjectVersions.GetSnapshotAsync(db, id, 1)))!);
        Assert.Equal(new DateOnly(2020, 8, 31), frozen.Stages.OrderBy(s => s.SortOrder).First().EndDate);
        var compare = await leader.GetPageAsync($"/projects/{id}/versions/compare?a=1&b=current");
        var row = compare.QuerySelectorAll("[data-testid=changes] tbody tr").Single();
        Assert.StartsWith("Этапы › Подготовительный. Определение условий", row.Children[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Окончание", row.Children[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("31.08.2020", row.Children[1].TextContent);
        Assert.Equal("30.09.2020", row.Children[2].TextContent);
    }

    [Fact]
    public async Task A_change_request_needs_a_reason_and_the_next_approval_makes_version_2()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using (var noReason = await DecideAsync(leader, id, "change-request", ""))
        {
            Assert.Contains("причину изменения", (await PortalClient.ParseAsync(noReason)).QuerySelector("[data-testid=approval-error]")!.TextContent,
                StringComparison.Ordinal);
        }

        Assert.Equal(ProjectStatus.Approved, await StatusAsync(portal, id));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "change-request", "Новый исполнитель")).StatusCode);
        Assert.Equal(ProjectStatus.Draft, await StatusAsync(portal, id));
        Assert.Contains("Новый исполнитель", (await leader.GetPageAsync($"/projects/{id}/approval")).QuerySelector("[data-testid=return-reason]")!.TextContent,
            StringComparison.Ordinal);

        await ApproveAsync(portal, id);

        var versions = await portal.WithDbAsync(db => db.ProjectVersions.AsNoTracking().Where(v => v.ProjectId == id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Null(versions[0].ChangeReason);
        Assert.Equal("Новый исполнитель", versions[1].ChangeReason);
        var list = (await leader.GetPageAsync($"/projects/{id}/versions")).QuerySelector("[data-testid=versions]")!.TextContent;
        Assert.Contains("Новый исполнитель", list, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.Curator.FullName, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparing_two_versions_shows_the_changed_budget_amount_and_the_removed_team_member()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "change-request", "Финансирование первого этапа")).StatusCode);
        await portal.ChangeAsync(async db =>
        {
            var federal = await db.BudgetAmounts
                .Where(a => db.BudgetItems.Any(b => b.Id == a.BudgetItemId && b.ProjectId == id && b.SectionId == null && b.Stage!.SortOrder == 0)
                            && a.FundingSource!.Name == "Федеральный бюджет")
                .SingleAsync();
            federal.Text = "0,500";
            federal.Value = 0.5m;
            db.ProjectMembers.Remove(await db.ProjectMembers.SingleAsync(m => m.ProjectId == id && m.Role == MemberRole.Executor
                                                                                && m.Person!.FullName == "Лобова Татьяна Сергеевна"));
        });
        await ApproveAsync(portal, id);

        var page = await leader.GetPageAsync($"/projects/{id}/versions/compare?a=1&b=2");

        var rows = page.QuerySelectorAll("[data-testid=changes] tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(rows, r => r[0].StartsWith("Бюджет › Подготовительный.", StringComparison.Ordinal) && r[0].Contains("› Федеральный бюджет", StringComparison.Ordinal)
                                   && r[1] == "-" && r[2] == "0,500");
        Assert.Contains(rows, r => r[0].StartsWith("Участники", StringComparison.Ordinal) && r[1] == "Лобова Татьяна Сергеевна" && r[2] == "—");
        // Signature dates changed with the new approval; nothing else did.
        Assert.All(rows, r => Assert.Matches("^(Бюджет|Участники|Формы)", r[0]));
    }

    [Fact]
    public async Task A_stored_version_cannot_be_changed_or_deleted_in_the_database()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        await using var connection = new NpgsqlConnection(portal.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand($"UPDATE \"ProjectVersions\" SET \"Snapshot\" = '{{}}' WHERE \"ProjectId\" = {id}", connection);
        await using var delete = new NpgsqlCommand($"DELETE FROM \"ProjectVersions\" WHERE \"ProjectId\" = {id}", connection);

        await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => portal.ChangeAsync(async db =>
            (await db.ProjectVersions.SingleAsync(v => v.ProjectId == id)).Snapshot = "{}"));
    }

    [Fact]
    public async Task A_version_downloads_as_its_frozen_json()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await viewer.Http.GetAsync(new Uri($"/projects/{id}/versions/1/json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = System.Text.Json.JsonSerializer.Deserialize<ProjectOffice.Data.Exchange.ProjectDocument>(
            await response.Content.ReadAsStringAsync(), ProjectOffice.Data.Exchange.ProjectDocument.JsonOptions)!;
        Assert.Equal("Инженерный кластер", document.Project.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.Http.GetAsync(new Uri($"/projects/{id}/versions/7/json", UriKind.Relative))).StatusCode);
    }
}
