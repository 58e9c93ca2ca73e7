using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.ControlEvents;

/// <summary>Who may mark a control event done, and what marking, un-marking and cancelling leave in the database.</summary>
[Collection(Portals.ControlEvents)]
public sealed class MarkDoneTests(PortalFactory portal)
{
    // «Инженерный кластер»: Лобова (methodist) is responsible for events 1–5, 14–17 and 19; each case takes its own event.
    [Theory]
    [InlineData("methodist", 1)]
    [InlineData("leader", 6)]
    [InlineData("office", 7)]
    [InlineData("admin", 8)]
    public async Task Responsible_methodist_leader_office_and_admin_mark_an_event_done(string userName, int number)
    {
        var eventId = await DemoEvents.IdAsync(portal, DemoPlans.Municipal, number);
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var before = await DemoEvents.LoadAsync(portal, eventId);

        var response = await client.PostFormAsync($"/control-events/{eventId}/done", MarkDone(before.Version, "15.06.2021", $"Выполнено, отметил {userName}"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await DemoEvents.LoadAsync(portal, eventId);
        Assert.Equal(ControlEventStatus.Done, after.Status);
        Assert.Equal(new DateOnly(2021, 6, 15), after.DoneOn);
        Assert.Equal($"Выполнено, отметил {userName}", after.Comment);
        Assert.Equal(await TestPeople.UserIdAsync(portal, userName), after.DoneByUserId);
        Assert.NotNull(after.MarkedAt);
        var journal = await portal.WithDbAsync(db => db.Journal
            .Where(j => j.EntityType == "ControlEvent" && j.EntityId == eventId.ToString(CultureInfo.InvariantCulture)).ToListAsync());
        Assert.Contains(journal, j => j.Action == JournalAction.StatusChange && j.OldValue == "Запланировано" && j.NewValue == "Выполнено");
        Assert.Contains(journal, j => j.Field == "DoneOn" && j.NewValue == "15.06.2021");
        var page = await client.GetPageAsync($"/control-events/{eventId}");
        Assert.Equal("Done", page.QuerySelector("[data-testid=event-state] [data-state]")!.GetAttribute("data-state"));
    }

    [Theory]
    [InlineData("viewer", 9)]
    [InlineData("curator", 10)]
    [InlineData("other-leader", 11)]
    public async Task Viewer_curator_and_a_leader_of_another_project_are_refused(string userName, int number)
    {
        var eventId = await DemoEvents.IdAsync(portal, DemoPlans.Municipal, number);
        PortalClient client;
        if (userName == "other-leader")
        {
            await TestPeople.LeaderOfAsync(portal, "leader-national", DemoPlans.National);
            client = await TestPeople.SignInAsync(portal, "leader-national");
        }
        else
        {
            client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        }

        using (client)
        {
            var before = await DemoEvents.LoadAsync(portal, eventId);

            using var form = await client.Http.GetAsync(new Uri($"/control-events/{eventId}/done", UriKind.Relative));
            var post = await client.PostFormAsync($"/control-events/{eventId}/done", MarkDone(before.Version, "15.06.2021", "чужая отметка"), formPage: "/");
            var reopen = await client.PostFormAsync($"/control-events/{eventId}/reopen", new() { ["version"] = Text(before.Version) }, formPage: "/");

            Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, reopen.StatusCode);
            var after = await DemoEvents.LoadAsync(portal, eventId);
            Assert.Equal(ControlEventStatus.Planned, after.Status);
            Assert.Null(after.Comment);
            Assert.Equal(before.Version, after.Version);
        }
    }

    [Fact]
    public async Task Methodist_does_not_get_the_mark_done_button_for_an_event_of_someone_else()
    {
        // Event 12 is Чернецкая's alone.
        var eventId = await DemoEvents.IdAsync(portal, DemoPlans.Municipal, 12);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        var page = await methodist.GetPageAsync($"/control-events/{eventId}");
        using var form = await methodist.Http.GetAsync(new Uri($"/control-events/{eventId}/done", UriKind.Relative));

        Assert.Contains("31.06.2021", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector($"a[href='/control-events/{eventId}/done']"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }

    [Fact]
    public async Task Un_marking_returns_the_event_to_plan_and_is_journalled()
    {
        var eventId = await DemoEvents.IdAsync(portal, DemoPlans.Municipal, 2);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        await methodist.PostFormAsync($"/control-events/{eventId}/done", MarkDone((await DemoEvents.LoadAsync(portal, eventId)).Version, "01.03.2020", "по ошибке"));
        var done = await DemoEvents.LoadAsync(portal, eventId);

        var response = await methodist.PostFormAsync($"/control-events/{eventId}/reopen", new() { ["version"] = Text(done.Version) }, formPage: $"/control-events/{eventId}");

        Assert.Equal(ControlEventStatus.Done, done.Status);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await DemoEvents.LoadAsync(portal, eventId);
        Assert.Equal(ControlEventStatus.Planned, after.Status);
        Assert.Null(after.DoneOn);
        Assert.Null(after.DoneByUserId);
        var journal = await portal.WithDbAsync(db => db.Journal
            .Where(j => j.EntityType == "ControlEvent" && j.EntityId == eventId.ToString(CultureInfo.InvariantCulture)).ToListAsync());
        var unmarked = Assert.Single(journal, j => j.Action == JournalAction.StatusChange && j.NewValue == "Запланировано");
        Assert.Equal("Выполнено", unmarked.OldValue);
        Assert.Equal(DemoUsers.Methodist.FullName, unmarked.UserName);
        Assert.Contains(journal, j => j.Field == "DoneOn" && j.OldValue == "01.03.2020" && j.NewValue == null);
    }

    [Fact]
    public async Task Marking_from_a_stale_form_shows_the_conflict_and_keeps_the_comment()
    {
        var eventId = await DemoEvents.IdAsync(portal, DemoPlans.Municipal, 3);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var stale = (await DemoEvents.LoadAsync(portal, eventId)).Version;
        await leader.PostFormAsync($"/control-events/{eventId}/done", MarkDone(stale, "01.04.2020", "руководитель успел первым"));
        await leader.PostFormAsync($"/control-events/{eventId}/reopen", new() { ["version"] = Text((await DemoEvents.LoadAsync(portal, eventId)).Version) }, formPage: "/");

        var response = await methodist.PostFormAsync($"/control-events/{eventId}/done", MarkDone(stale, "02.04.2020", "мой комментарий"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("изменил другой пользователь", page.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("мой комментарий", page.QuerySelector("textarea[name='Form.Comment']")!.TextContent.Trim());
        Assert.Equal(ControlEventStatus.Planned, (await DemoEvents.LoadAsync(portal, eventId)).Status);
    }

    [Fact]
    public async Task Actual_date_that_does_not_exist_is_refused()
    {
        var eventId = await DemoEvents.IdAsync(portal, DemoPlans.Municipal, 4);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);

        var response = await methodist.PostFormAsync($"/control-events/{eventId}/done",
            MarkDone((await DemoEvents.LoadAsync(portal, eventId)).Version, "31.06.2021", "проведено"));

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Такой даты нет: 31.06.2021", page.QuerySelector("[data-valmsg-for='Form.DoneOn']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31.06.2021", page.QuerySelector("input[name='Form.DoneOn']")!.GetAttribute("value"));
        Assert.Equal(ControlEventStatus.Planned, (await DemoEvents.LoadAsync(portal, eventId)).Status);
    }

    [Fact]
    public async Task Control_event_dated_31_06_2021_is_refused_and_a_real_one_is_created_under_its_stage()
    {
        var projectId = await portal.ProjectIdAsync(DemoPlans.Municipal);
        var stageId = await portal.WithDbAsync(db => db.Stages.Where(s => s.ProjectId == projectId).OrderBy(s => s.SortOrder).Select(s => s.Id).FirstAsync());
        var lobova = await portal.WithDbAsync(db => db.People.Where(p => p.FullName == DemoUsers.Methodist.FullName).Select(p => p.Id).FirstAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Проведён семинар для педагогов",
            ["Form.PlannedDate"] = "31.06.2021",
            ["Form.StageId"] = Text(stageId),
            ["Form.Responsibles[0].PersonId"] = Text(lobova),
            ["Form.Command"] = "save",
        };

        var refused = await leader.PostFormAsync($"/projects/{projectId}/control-events/new", fields);
        fields["Form.PlannedDate"] = "30.06.2020";
        var created = await leader.PostFormAsync($"/projects/{projectId}/control-events/new", fields);

        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("Такой даты нет: 31.06.2021", page.QuerySelector("[data-valmsg-for='Form.PlannedDate']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var events = await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.SortOrder).Select(e => new { e.Name, e.SortOrder, e.StageId }).ToListAsync());
        // Stage 1 holds events 1–9, so the new one is number 10 and the old 10–19 move on by one.
        Assert.Equal("Проведён семинар для педагогов", events[9].Name);
        Assert.Equal(stageId, events[9].StageId);
        Assert.Equal(Enumerable.Range(0, events.Count), events.Select(e => e.SortOrder));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_a_plan_editor()
    {
        var eventId = await DemoEvents.IdAsync(portal, DemoPlans.Municipal, 13);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var version = Text((await DemoEvents.LoadAsync(portal, eventId)).Version);

        var byMethodist = await methodist.PostFormAsync($"/control-events/{eventId}/cancel", new() { ["Form.Version"] = version, ["Form.Reason"] = "не нужно" }, formPage: "/");
        var noReason = await leader.PostFormAsync($"/control-events/{eventId}/cancel", new() { ["Form.Version"] = version, ["Form.Reason"] = "" });
        var cancelled = await leader.PostFormAsync($"/control-events/{eventId}/cancel", new() { ["Form.Version"] = version, ["Form.Reason"] = "Мероприятие перенесено" });

        Assert.Equal(HttpStatusCode.Forbidden, byMethodist.StatusCode);
        Assert.Contains("Укажите причину отмены", (await PortalClient.ParseAsync(noReason)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var after = await DemoEvents.LoadAsync(portal, eventId);
        Assert.Equal(ControlEventStatus.Cancelled, after.Status);
        Assert.Equal("Мероприятие перенесено", after.CancelReason);
    }

    [Fact]
    public async Task National_control_event_takes_name_date_and_responsible_from_its_control_point()
    {
        var projectId = await portal.ProjectIdAsync(DemoPlans.National);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var page = await office.GetPageAsync($"/projects/{projectId}/control-events");

        var first = page.QuerySelector("tr[data-event-id]")!;
        Assert.Contains("Созданы новые места в образовательных организациях", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("31.12.2019", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("пункт плана 1.1", first.TextContent, StringComparison.Ordinal);
        Assert.Contains("Управление образования", first.TextContent, StringComparison.Ordinal);
        Assert.Equal(27, page.QuerySelectorAll("tr[data-event-id]").Length);
        Assert.True(RolePermissions.Grants([Roles.Office], Permissions.MarkControlEventDone));
    }

    private static Dictionary<string, string> MarkDone(uint version, string date, string comment) => new()
    {
        ["Form.Version"] = Text(version),
        ["Form.DoneOn"] = date,
        ["Form.Comment"] = comment,
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
