using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Journal;

[Collection(Portals.Journal)]
public sealed class JournalPageTests(PortalFactory portal)
{
    [Fact]
    public async Task Every_kind_of_change_is_journalled_and_shown_on_the_tab()
    {
        var id = await ImportCopyAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        await portal.ChangeAsync(async db =>
        {
            (await db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).FirstAsync()).Name = "Подготовка площадок";
            db.ProjectListItems.Remove(await db.ProjectListItems.Where(i => i.ProjectId == id && i.Kind == ListItemKind.ExternalRisk).OrderBy(i => i.Id).FirstAsync());
            var ev = await db.ControlEvents.Where(e => e.ProjectId == id).OrderBy(e => e.Id).FirstAsync();
            db.EvidenceFiles.Add(new EvidenceFile { ControlEventId = ev.Id, FileName = "протокол.pdf", Content = [1, 2, 3], Size = 3 });
        });
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "submit", "Готово к согласованию")).StatusCode);

        var rows = await portal.WithDbAsync(db => db.Journal.AsNoTracking().Where(j => j.ProjectId == id).ToListAsync());
        Assert.Contains(rows, r => r.Action == JournalAction.Create && r.EntityType == "Project");
        Assert.Contains(rows, r => r.Action == JournalAction.Update && r.EntityType == "Stage" && r.NewValue == "Подготовка площадок");
        Assert.Contains(rows, r => r.Action == JournalAction.Delete && r.EntityType == "ProjectListItem");
        Assert.Contains(rows, r => r.Action == JournalAction.FileUpload && r.NewValue == "протокол.pdf");
        Assert.Contains(rows, r => r.Action == JournalAction.StatusChange && r.OldValue == "Черновик" && r.NewValue == "На согласовании"
                                   && r.UserName == DemoUsers.Leader.FullName);

        var page = await leader.GetPageAsync($"/projects/{id}/journal?kind=StatusChange");
        var shown = page.QuerySelectorAll("[data-testid=journal] tbody tr").Select(r => r.TextContent).ToList();
        var status = Assert.Single(shown);
        Assert.Contains("Смена статуса", status, StringComparison.Ordinal);
        Assert.Contains(DemoUsers.Leader.FullName, status, StringComparison.Ordinal);
        Assert.Contains("На согласовании", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_journal_filters_by_user_entity_and_dates_and_pages_by_fifty()
    {
        var id = await ImportCopyAsync(portal);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "submit")).StatusCode);
        var total = await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id));
        Assert.True(total > 50, "the import alone journals hundreds of rows");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var first = await office.GetPageAsync($"/projects/{id}/journal");
        var byUser = await office.GetPageAsync($"/projects/{id}/journal?user={Uri.EscapeDataString(DemoUsers.Leader.FullName)}");
        var byEntity = await office.GetPageAsync($"/projects/{id}/journal?entity=Stage");
        var today = DateTime.Now.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var byDate = await office.GetPageAsync($"/projects/{id}/journal?from=01.01.2000&to=31.12.2000");
        var byToday = await office.GetPageAsync($"/projects/{id}/journal?from={today}&to={today}&page=2");

        Assert.Equal(50, first.QuerySelectorAll("[data-testid=journal] tbody tr").Length);
        Assert.NotNull(first.QuerySelector("a.page-link[href*='page=2']"));
        Assert.All(byUser.QuerySelectorAll("[data-testid=journal] tbody tr"), r => Assert.Contains(DemoUsers.Leader.FullName, r.TextContent, StringComparison.Ordinal));
        Assert.Equal(2, byUser.QuerySelectorAll("[data-testid=journal] tbody tr").Length); // the status and the decision with its comment
        Assert.Equal(3, byEntity.QuerySelectorAll("[data-testid=journal] tbody tr").Length);
        Assert.Empty(byDate.QuerySelectorAll("[data-testid=journal] tbody tr"));
        Assert.NotEmpty(byToday.QuerySelectorAll("[data-testid=journal] tbody tr"));
        Assert.Contains($"from={today}", byToday.QuerySelector("a.page-link[href*='page=1']")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_impossible_date_in_the_filter_gets_a_russian_message_and_the_typed_text_stays()
    {
        var id = await ImportCopyAsync(portal);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var response = await office.Http.GetAsync(new Uri($"/projects/{id}/journal?from=31.06.2021", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Такой даты нет: 31.06.2021.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31.06.2021", page.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal(50, page.QuerySelectorAll("[data-testid=journal] tbody tr").Length);
    }

    [Fact]
    public async Task People_without_access_to_the_project_cannot_read_its_journal()
    {
        var national = await portal.WithDbAsync(db => db.Projects.Where(p => p.Name == "Успех каждого ребенка").Select(p => p.Id).FirstAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        Assert.Equal(HttpStatusCode.Forbidden, (await leader.Http.GetAsync(new Uri($"/projects/{national}/journal", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.Http.GetAsync(new Uri($"/projects/{national}/journal", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_refused_approval_writes_no_journal_row()
    {
        var id = await ImportCopyAsync(portal, ProjectStatus.InApproval);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        var approvalPage = await curator.GetPageAsync($"/projects/{id}/approval");
        var seenVersion = approvalPage.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        // Someone edits the passport while the curator looks at it: the approval must not go through half-done.
        await portal.ChangeAsync(async db => (await db.Projects.SingleAsync(p => p.Id == id)).Goal = "Новая цель");
        var before = await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id));

        using var response = await curator.PostFormAsync($"/projects/{id}/approval/approve", new() { ["Version"] = seenVersion, ["Comment"] = "" }, formPage: "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Паспорт изменился", (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=approval-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id)));
        Assert.Equal(ProjectStatus.InApproval, await StatusAsync(portal, id));
        Assert.False(await portal.WithDbAsync(db => db.ProjectVersions.AnyAsync(v => v.ProjectId == id)));
        Assert.Equal(["Л.Г. Ефимова «31» января 2020 года", "В.В. Шестаков « 30 » 2020 года"], await portal.WithDbAsync(db => db.FormSignatures
            .Where(s => s.ProjectId == id && s.Form == FormKind.Passport && s.Kind == SignatureKind.Approved)
            .OrderBy(s => s.SortOrder).Select(s => s.NameText + " " + s.DateText).ToListAsync()));
    }

    [Fact]
    public async Task A_transaction_rolled_back_after_its_save_leaves_no_journal_row()
    {
        var id = await ImportCopyAsync(portal);
        var before = await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id));

        await portal.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Projects.SingleAsync(p => p.Id == id)).Status = ProjectStatus.InAgreement;
            await db.SaveChangesAsync();
            Assert.True(await db.Journal.CountAsync(j => j.ProjectId == id) > before);
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(before, await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id)));
        Assert.Equal(ProjectStatus.Draft, await StatusAsync(portal, id));
    }
}
