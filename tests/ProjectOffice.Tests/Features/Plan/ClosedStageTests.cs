using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.Passport;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Plan;

/// <summary>A stage closed by the curator freezes its plan items and control events until the curator reopens it.</summary>
[Collection(Portals.Plan)]
public sealed class ClosedStageTests(PortalFactory portal)
{
    private const string Closed = "Этап закрыт куратором";

    [Fact]
    public async Task Editing_moving_deleting_reordering_and_adding_under_a_closed_stage_are_refused_and_change_nothing()
    {
        var plan = await ClosedFirstStageAsync();
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var before = await PlanAsync(plan.ProjectId);
        var version = Text(await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == plan.ProjectId).Select(p => p.Version).SingleAsync()));
        var edit = plan.EditFields;
        edit["Form.Version"] = version;
        edit["Form.Name"] = "Переименовано в закрытом этапе";
        var item = $"/projects/{plan.ProjectId}/plan/{plan.EventId}";

        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["edit"] = await leader.PostFormAsync($"{item}/edit", edit, formPage: "/"),
            ["move"] = await leader.PostFormAsync($"{item}/move", new() { ["newParentId"] = Text(plan.OpenStageNodeId), ["version"] = version }, formPage: "/"),
            ["delete"] = await leader.PostFormAsync($"{item}/delete", new() { ["version"] = version }, formPage: "/"),
            ["reorder"] = await leader.PostFormAsync($"/projects/{plan.ProjectId}/plan", new() { ["command"] = $"down:{plan.EventId}", ["version"] = version }, formPage: "/"),
            ["add"] = await leader.PostFormAsync($"/projects/{plan.ProjectId}/plan/new", new()
            {
                ["Form.Kind"] = "Event", ["Form.ParentId"] = Text(plan.ClosedStageNodeId), ["Form.Version"] = version,
                ["Form.Name"] = "Новое в закрытом этапе", ["Form.Command"] = "save",
            }, formPage: "/"),
        };

        foreach (var (what, response) in responses)
        {
            Assert.True(HttpStatusCode.Conflict == response.StatusCode, $"{what}: {response.StatusCode}");
            Assert.Contains(Closed, (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=refusal]")!.TextContent, StringComparison.Ordinal);
            response.Dispose();
        }

        Assert.Equal(before, await PlanAsync(plan.ProjectId));
    }

    [Fact]
    public async Task The_plan_shows_no_edit_buttons_for_a_closed_stage_and_its_editor_leads_back_with_the_reason()
    {
        var plan = await ClosedFirstStageAsync();
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await leader.GetPageAsync($"/projects/{plan.ProjectId}/plan");
        using var editor = await leader.Http.GetAsync(new Uri($"/projects/{plan.ProjectId}/plan/{plan.EventId}/edit", UriKind.Relative));
        var back = await leader.GetPageAsync(editor.Headers.Location!.OriginalString);

        var closedRow = page.QuerySelector($"tr#item-{plan.EventId}")!;
        Assert.NotNull(closedRow.QuerySelector("[data-testid=locked]"));
        Assert.Null(closedRow.QuerySelector("a[href$='/edit']"));
        Assert.NotNull(page.QuerySelector($"tr#item-{plan.OpenEventId} a[href$='/edit']"));
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.Contains(Closed, back.QuerySelector("[data-testid=refusal]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_control_event_of_a_closed_stage_cannot_be_marked_done_until_the_curator_reopens_the_stage()
    {
        var plan = await ClosedFirstStageAsync();
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var before = await EventAsync(plan.ControlEventId);

        using var refused = await leader.PostFormAsync($"/control-events/{plan.ControlEventId}/done", MarkDone(before.Version), formPage: "/");
        var details = await leader.GetPageAsync($"/control-events/{plan.ControlEventId}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(before, await EventAsync(plan.ControlEventId));
        Assert.NotNull(details.QuerySelector("[data-testid=locked]"));
        Assert.Null(details.QuerySelector($"a[href='/control-events/{plan.ControlEventId}/done']"));

        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(curator, plan.ProjectId, $"stages/{plan.StageId}/reopen", "Нужно отметить событие")).StatusCode);
        using var marked = await leader.PostFormAsync($"/control-events/{plan.ControlEventId}/done", MarkDone(before.Version));

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(ControlEventStatus.Done, (await EventAsync(plan.ControlEventId)).Status);
    }

    [Fact]
    public async Task After_the_curator_reopens_the_stage_its_plan_item_is_edited_again()
    {
        var plan = await ClosedFirstStageAsync();
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(curator, plan.ProjectId, $"stages/{plan.StageId}/reopen", "Нужно уточнить сроки")).StatusCode);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{plan.ProjectId}/plan/{plan.EventId}/edit";
        var fields = (await leader.GetPageAsync(url)).Fields("main form[method=post]");
        fields["Form.Name"] = "Переименовано после открытия этапа";
        fields["Form.ConfirmOutOfRange"] = "true";
        fields["Form.Command"] = "save";

        using var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Переименовано после открытия этапа", await portal.WithDbAsync(db => db.PlanItems.Where(i => i.Id == plan.EventId).Select(i => i.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_new_control_event_is_not_offered_a_closed_stage_or_its_plan_items()
    {
        var plan = await ClosedFirstStageAsync();
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await leader.GetPageAsync($"/projects/{plan.ProjectId}/control-events/new");

        var stages = page.QuerySelectorAll("select[name='Form.StageId'] option").Select(o => o.GetAttribute("value")).ToList();
        var items = page.QuerySelectorAll("select[name='Form.PlanItemId'] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.DoesNotContain(Text(plan.StageId), stages);
        Assert.Contains(stages, v => !string.IsNullOrEmpty(v));
        Assert.DoesNotContain(Text(plan.EventId), items);
        Assert.Contains(Text(plan.OpenEventId), items);
    }

    /// <summary>
    /// A copy of «Инженерный кластер», approved, its first stage reported and closed; the edit form of an event of that
    /// stage is read while it was still open.
    /// </summary>
    private async Task<ClosedPlan> ClosedFirstStageAsync()
    {
        var id = await ImportCopyAsync(portal);
        await ApproveAsync(portal, id);
        var (stageId, closedNode, openNode) = await portal.WithDbAsync(async db =>
        {
            var stages = await db.Stages.Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).Select(s => s.Id).ToListAsync();
            var nodes = await db.PlanItems.Where(i => i.ProjectId == id && i.StageId != null).ToDictionaryAsync(i => i.StageId!.Value, i => i.Id);
            return (stages[0], nodes[stages[0]], nodes[stages[1]]);
        });
        var eventId = await FirstChildAsync(closedNode);
        var openEventId = await FirstChildAsync(openNode);
        var controlEventId = await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.ProjectId == id && e.StageId == stageId && e.Status == ControlEventStatus.Planned)
            .OrderBy(e => e.SortOrder).Select(e => e.Id).FirstAsync());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var editFields = (await leader.GetPageAsync($"/projects/{id}/plan/{eventId}/edit")).Fields("main form[method=post]");
        editFields["Form.Command"] = "save";
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(leader, id, $"stages/{stageId}/report", "Этап выполнен")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(curator, id, $"stages/{stageId}/close")).StatusCode);
        return new ClosedPlan(id, stageId, closedNode, openNode, eventId, openEventId, controlEventId, editFields);
    }

    private Task<int> FirstChildAsync(int parentId) =>
        portal.WithDbAsync(db => db.PlanItems.Where(i => i.ParentId == parentId).OrderBy(i => i.SortOrder).Select(i => i.Id).FirstAsync());

    /// <summary>Every plan item of the project as a line: place, name and dates.</summary>
    private Task<string> PlanAsync(int projectId) => portal.WithDbAsync(async db => string.Join("\n",
        (await db.PlanItems.AsNoTracking().Where(i => i.ProjectId == projectId).OrderBy(i => i.Id).ToListAsync())
        .Select(i => $"{i.Id} {i.ParentId} {i.SortOrder} {i.Name} {i.StartDate} {i.EndDate}")));

    private Task<(ControlEventStatus Status, DateOnly? DoneOn, uint Version)> EventAsync(int eventId) =>
        portal.WithDbAsync(db => db.ControlEvents.Where(e => e.Id == eventId).Select(e => new ValueTuple<ControlEventStatus, DateOnly?, uint>(e.Status, e.DoneOn, e.Version)).SingleAsync());

    private static Dictionary<string, string> MarkDone(uint version) => new()
    {
        ["Form.Version"] = Text(version),
        ["Form.DoneOn"] = "15.06.2021",
        ["Form.Comment"] = "Выполнено",
    };

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record ClosedPlan(
        int ProjectId, int StageId, int ClosedStageNodeId, int OpenStageNodeId, int EventId, int OpenEventId, int ControlEventId,
        Dictionary<string, string> EditFields);
}
