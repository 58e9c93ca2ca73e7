using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.Approval;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Approval;

[Collection(Portals.Approval)]
public sealed class StageClosureTests(PortalFactory portal)
{
    [Fact]
    public async Task Leader_reports_curator_returns_then_closes_and_the_stage_plan_is_locked_until_reopened()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var (first, second) = await portal.WithDbAsync(async db =>
        {
            var ids = await db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync();
            return (ids[0], ids[1]);
        });
        var eventOfFirst = await portal.WithDbAsync(db => db.PlanItems
            .Where(i => i.ProjectId == id && i.Kind == PlanItemKind.Event && db.PlanItems.Any(p => p.Id == i.ParentId && p.StageId == first))
            .Select(i => i.Id).FirstAsync());
        var controlEventOfFirst = await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.ProjectId == id && e.StageId == first).Select(e => e.Id).FirstAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);

        using (var noComment = await DecideAsync(leader, id, $"stages/{first}/report"))
        {
            var page = await PortalClient.ParseAsync(noComment);
            Assert.Contains("комментарий обязателен", page.QuerySelector("[data-testid=stage-error]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, $"stages/{first}/report", "Условия созданы")).StatusCode);
        Assert.Contains("ждет закрытия", (await curator.GetPageAsync("/inbox")).QuerySelector("[data-testid=inbox]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(leader, id, $"stages/{first}/close")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(curator, id, $"stages/{first}/return", "Нет отчета о семинаре")).StatusCode);

        Assert.Equal(StageStatus.Open, await portal.WithDbAsync(db => db.Stages.Where(s => s.Id == first).Select(s => s.Status).SingleAsync()));
        var leaderInbox = (await leader.GetPageAsync("/inbox")).QuerySelector("[data-testid=inbox]")!.TextContent;
        Assert.Contains("возвращен куратором", leaderInbox, StringComparison.Ordinal);
        Assert.Contains("Нет отчета о семинаре", leaderInbox, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, $"stages/{first}/report", "Отчет приложен")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(curator, id, $"stages/{first}/close")).StatusCode);

        await portal.WithDbAsync(async db =>
        {
            Assert.Equal(StageStatus.Closed, await db.Stages.Where(s => s.Id == first).Select(s => s.Status).SingleAsync());
            Assert.True(await StageLocks.IsLockedAsync(db, first));
            Assert.True(await StageLocks.IsPlanItemLockedAsync(db, eventOfFirst));
            Assert.True(await StageLocks.IsControlEventLockedAsync(db, controlEventOfFirst));
            Assert.False(await StageLocks.IsLockedAsync(db, second));
            return 0;
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await DecideAsync(leader, id, $"stages/{first}/reopen", "Нужно дополнить")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(curator, id, $"stages/{first}/reopen", "Нужно дополнить")).StatusCode);
        Assert.False(await portal.WithDbAsync(db => StageLocks.IsPlanItemLockedAsync(db, eventOfFirst)));
    }

    [Fact]
    public async Task Closing_a_stage_warns_of_its_undone_and_overdue_control_events_and_stays_possible()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var first = await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        // Everything done but two events of the first stage: one long overdue, one due next year.
        var two = await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.ProjectId == id && e.StageId == first)
            .OrderBy(e => e.SortOrder).Select(e => e.Id).Take(2).ToListAsync());
        await portal.WithDbAsync(async db =>
        {
            await db.ControlEvents.Where(e => e.ProjectId == id).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, ControlEventStatus.Done).SetProperty(e => e.DoneOn, new DateOnly(2020, 12, 1)));
            await db.ControlEvents.Where(e => e.Id == two[0]).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, ControlEventStatus.Planned).SetProperty(e => e.DoneOn, (DateOnly?)null)
                .SetProperty(e => e.PlannedDate, new DateOnly(2020, 6, 30)));
            await db.ControlEvents.Where(e => e.Id == two[1]).ExecuteUpdateAsync(u => u
                .SetProperty(e => e.Status, ControlEventStatus.Planned).SetProperty(e => e.DoneOn, (DateOnly?)null)
                .SetProperty(e => e.PlannedDate, DateOnly.FromDateTime(DateTime.Today).AddYears(1)));
            return 0;
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, $"stages/{first}/report", "Условия созданы")).StatusCode);

        var page = await curator.GetPageAsync($"/projects/{id}/approval");

        var warnings = page.QuerySelectorAll("[data-testid=stage-close-warning]").Select(w => w.TextContent.Trim()).ToList();
        Assert.Single(warnings);
        Assert.StartsWith("В этапе не выполнено 2 контрольных события, из них просрочено 1.", warnings[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(curator, id, $"stages/{first}/close")).StatusCode);
        Assert.Equal(StageStatus.Closed, await portal.WithDbAsync(db => db.Stages.Where(s => s.Id == first).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_approval_page_shows_what_changed_since_the_approved_version()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        Assert.Null((await leader.GetPageAsync($"/projects/{id}/approval")).QuerySelector("[data-testid=changes-since]"));
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, "change-request", "Уточнить наименование")).StatusCode);
        var renamed = "Инженерный кластер " + Guid.NewGuid().ToString("N")[..6];
        await portal.ChangeAsync(async db => (await db.Projects.SingleAsync(p => p.Id == id)).Name = renamed);

        var page = await leader.GetPageAsync($"/projects/{id}/approval");

        var section = page.QuerySelector("[data-testid=changes-since]")!;
        Assert.Contains("Что изменилось с утвержденной версии 1", section.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Добавлено: \d+, удалено: \d+, изменено: [1-9]\d*\.", section.QuerySelector("[data-testid=changes-counts]")!.TextContent);
        Assert.Contains(section.QuerySelectorAll("li"), li => li.TextContent.Contains("Наименование", StringComparison.Ordinal)
            && li.TextContent.Contains(renamed, StringComparison.Ordinal));
        Assert.Equal($"/projects/{id}/versions/compare?a=1&b=current", section.QuerySelector("[data-testid=changes-compare]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Stages_cannot_be_reported_before_the_passport_is_approved()
    {
        var id = await ImportCopyAsync(portal);
        var stage = await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await DecideAsync(leader, id, $"stages/{stage}/report", "Готово");

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("после утверждения паспорта", page.QuerySelector("[data-testid=approval-error]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(StageStatus.Open, await portal.WithDbAsync(db => db.Stages.Where(s => s.Id == stage).Select(s => s.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_curator_cannot_report_a_stage_for_the_leader()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var stage = await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);

        using var response = await DecideAsync(curator, id, $"stages/{stage}/report", "Готово");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(StageStatus.Open, await portal.WithDbAsync(db => db.Stages.Where(s => s.Id == stage).Select(s => s.Status).SingleAsync()));
    }
}
