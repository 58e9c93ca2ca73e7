using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Plan;

/// <summary>Tree operations through the plan pages, checked in PostgreSQL and in the numbers the plan page shows.</summary>
[Collection(Portals.Plan)]
public sealed class PlanTreeTests(PortalFactory portal)
{
    [Fact]
    public async Task Leader_adds_an_event_to_a_stage_and_later_events_are_renumbered()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Дерево: добавление");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var lobova = await PersonIdAsync(DemoUsers.Methodist.FullName);

        var response = await leader.PostFormAsync($"/projects/{id}/plan/new", new()
        {
            ["Form.Kind"] = "Event",
            ["Form.ParentId"] = Text(items["stage1"]),
            ["Form.Version"] = Text(await TestPlans.VersionAsync(portal, id)),
            ["Form.Name"] = "Новое мероприятие",
            ["Form.Start"] = "01.03.2026",
            ["Form.End"] = "31.03.2026",
            ["Form.IndicatorName"] = "Количество встреч",
            ["Form.IndicatorUnit"] = "ед.",
            ["Form.PlannedValueText"] = "Не менее 5",
            ["Form.Responsibles[0].PersonId"] = Text(lobova),
            ["Form.Responsibles[0].PositionText"] = "методист отдела",
            ["Form.Responsibles[1].Text"] = "Предприятия города",
            ["Form.Command"] = "save",
        }, formPage: $"/projects/{id}/plan/new?parentId={items["stage1"]}&kind=Event");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var added = await portal.WithDbAsync(db => db.PlanItems.Include(i => i.Responsibles)
            .SingleAsync(i => i.ProjectId == id && i.Name == "Новое мероприятие"));
        Assert.Equal(items["stage1"], added.ParentId);
        Assert.Equal(3, added.SortOrder);
        Assert.Equal(5m, added.PlannedValue);
        Assert.Equal(["методист отдела", "Предприятия города"], added.Responsibles.OrderBy(r => r.SortOrder).Select(r => r.PositionText ?? r.Text));
        Assert.Equal(lobova, added.Responsibles.Single(r => r.SortOrder == 0).PersonId);
        Assert.Equal(["1.", "2.", "3.", "4.", "5."], await EventNumbersAsync(leader, id, ["А", "Б", "В", "Новое мероприятие", "Г"]));
        Assert.True(await portal.WithDbAsync(db => db.Journal.AnyAsync(j =>
            j.ProjectId == id && j.Action == JournalAction.Create && j.EntityType == "PlanItem" && j.NewValue == "Новое мероприятие"
            && j.UserName == DemoUsers.Leader.FullName)));
    }

    [Fact]
    public async Task Moving_an_item_up_renumbers_the_plan()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Дерево: вверх");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var response = await leader.PostFormAsync($"/projects/{id}/plan", new()
        {
            ["command"] = $"up:{items["В"]}",
            ["version"] = Text(await TestPlans.VersionAsync(portal, id)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["1.", "2.", "3."], await EventNumbersAsync(leader, id, ["А", "В", "Б"]));
        var orders = await portal.WithDbAsync(db => db.PlanItems.Where(i => i.ParentId == items["stage1"])
            .OrderBy(i => i.SortOrder).Select(i => new { i.Name, i.SortOrder }).ToListAsync());
        Assert.Equal(["А", "В", "Б"], orders.Select(o => o.Name));
        Assert.Equal([0, 1, 2], orders.Select(o => o.SortOrder));
    }

    [Fact]
    public async Task Moving_an_item_to_another_stage_appends_it_there()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Дерево: перенос");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var movePage = await leader.GetPageAsync($"/projects/{id}/plan/{items["А"]}/move");

        var response = await leader.PostFormAsync($"/projects/{id}/plan/{items["А"]}/move", new()
        {
            ["newParentId"] = Text(items["stage2"]),
            ["version"] = Text(await TestPlans.VersionAsync(portal, id)),
        });

        Assert.Contains("2 этап.", movePage.QuerySelector("select[name=newParentId]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(["1.", "2.", "3.", "4."], await EventNumbersAsync(leader, id, ["Б", "В", "Г", "А"]));
        var moved = await portal.WithDbAsync(db => db.PlanItems.SingleAsync(i => i.Id == items["А"]));
        Assert.Equal(items["stage2"], moved.ParentId);
        Assert.Equal(1, moved.SortOrder);
    }

    [Fact]
    public async Task Deleting_a_result_asks_first_then_removes_its_children_and_the_control_event_of_its_point()
    {
        var (id, items, controlEventId) = await TestPlans.NationalAsync(portal, "Дерево: удаление");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var confirm = await leader.GetPageAsync($"/projects/{id}/plan/{items["Р"]}/delete");
        Assert.Equal(3, confirm.QuerySelectorAll("[data-testid=children] li").Length);
        Assert.Contains("1.1 КТ", confirm.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await portal.WithDbAsync(db => db.PlanItems.AnyAsync(i => i.Id == items["Р"])));

        var response = await leader.PostFormAsync($"/projects/{id}/plan/{items["Р"]}/delete", new()
        {
            ["version"] = Text(await TestPlans.VersionAsync(portal, id)),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var left = await portal.WithDbAsync(db => db.PlanItems.Where(i => i.ProjectId == id).Select(i => i.Id).ToListAsync());
        Assert.Equal([items["task"]], left);
        Assert.False(await portal.WithDbAsync(db => db.ControlEvents.AnyAsync(e => e.Id == controlEventId)));
    }

    [Fact]
    public async Task National_numbers_follow_the_control_point_after_an_event_moves_below_it()
    {
        var (id, items, _) = await TestPlans.NationalAsync(portal, "Дерево: КТ");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var version = await TestPlans.VersionAsync(portal, id);

        await leader.PostFormAsync($"/projects/{id}/plan", new() { ["command"] = $"down:{items["М2"]}", ["version"] = Text(version) });

        var page = await leader.GetPageAsync($"/projects/{id}/plan");
        Assert.Equal("1.1.1", Number(page, items["М1"]));
        Assert.Equal("1.1", Number(page, items["КТ"]));
        Assert.Equal("1.2.1", Number(page, items["М2"]));
    }

    [Fact]
    public async Task Impossible_date_is_refused_next_to_the_field_and_the_typed_values_stay()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Дерево: дата");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var response = await leader.PostFormAsync($"/projects/{id}/plan/{items["Б"]}/edit", new()
        {
            ["Form.Version"] = Text(await TestPlans.VersionAsync(portal, id)),
            ["Form.Name"] = "Б изменённое",
            ["Form.Start"] = "01.02.2026",
            ["Form.End"] = "31.06.2026",
            ["Form.Command"] = "save",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Такой даты нет: 31.06.2026", page.QuerySelector("[data-valmsg-for='Form.End']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31.06.2026", page.QuerySelector("input[name='Form.End']")!.GetAttribute("value"));
        Assert.Equal("Б изменённое", page.QuerySelector("textarea[name='Form.Name']")!.TextContent.Trim());
        Assert.Equal("Б", await portal.WithDbAsync(db => db.PlanItems.Where(i => i.Id == items["Б"]).Select(i => i.Name).SingleAsync()));
    }

    [Fact]
    public async Task Dates_past_the_stage_need_the_confirmation_checkbox()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Дерево: рамки");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var fields = new Dictionary<string, string>
        {
            ["Form.Version"] = Text(await TestPlans.VersionAsync(portal, id)),
            ["Form.Name"] = "Б",
            ["Form.Start"] = "01.12.2026",
            ["Form.End"] = "31.01.2027",
            ["Form.Command"] = "save",
        };

        var warned = await leader.PostFormAsync($"/projects/{id}/plan/{items["Б"]}/edit", fields);
        fields["Form.ConfirmOutOfRange"] = "true";
        var saved = await leader.PostFormAsync($"/projects/{id}/plan/{items["Б"]}/edit", fields);

        var page = await PortalClient.ParseAsync(warned);
        var warning = page.QuerySelector("[data-testid=range-warning]")!.TextContent;
        Assert.Contains("Срок выходит за рамки этапа (01.01.2026 – 31.12.2026)", warning, StringComparison.Ordinal);
        Assert.Contains("Срок выходит за рамки этапа — сохранить всё равно", warning, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateOnly(2027, 1, 31), await portal.WithDbAsync(db => db.PlanItems.Where(i => i.Id == items["Б"]).Select(i => i.EndDate).SingleAsync()));
    }

    [Fact]
    public async Task Editing_from_a_stale_page_shows_the_conflict_and_keeps_the_typed_name()
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, "Дерево: конфликт");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var stale = await TestPlans.VersionAsync(portal, id);
        await leader.PostFormAsync($"/projects/{id}/plan", new() { ["command"] = $"down:{items["А"]}", ["version"] = Text(stale) });

        var response = await leader.PostFormAsync($"/projects/{id}/plan/{items["В"]}/edit", new()
        {
            ["Form.Version"] = Text(stale),
            ["Form.Name"] = "В по-новому",
            ["Form.Command"] = "save",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("изменил другой пользователь", page.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("В по-новому", page.QuerySelector("textarea[name='Form.Name']")!.TextContent.Trim());
        Assert.Equal("В", await portal.WithDbAsync(db => db.PlanItems.Where(i => i.Id == items["В"]).Select(i => i.Name).SingleAsync()));
    }

    [Fact]
    public async Task Editing_the_date_of_the_seeds_item_12_drops_its_printed_text()
    {
        // A copy of the demo project: the plan page tests of the shared portal read the demo's own item 12.
        var id = await ApprovalTestData.ImportCopyAsync(portal);
        var item = await portal.WithDbAsync(db => db.PlanItems.SingleAsync(i => i.ProjectId == id && i.EndText == "31.06.2021"));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var form = await leader.GetPageAsync($"/projects/{id}/plan/{item.Id}/edit");
        var fields = form.QuerySelectorAll("form[action$='/edit'] input[name^='Form.'], form[action$='/edit'] select[name^='Form.']")
            .Where(e => e.GetAttribute("type") != "checkbox")
            .ToDictionary(e => e.GetAttribute("name")!, e => e.LocalName == "select"
                ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""
                : e.GetAttribute("value") ?? "");
        fields["Form.Name"] = item.Name!;
        fields["Form.End"] = "29.06.2021";
        fields["Form.Command"] = "save";

        var response = await leader.PostFormAsync($"/projects/{id}/plan/{item.Id}/edit", fields);

        Assert.Equal("30.06.2021", form.QuerySelector("input[name='Form.End']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await portal.WithDbAsync(db => db.PlanItems.Include(i => i.Responsibles).SingleAsync(i => i.Id == item.Id));
        Assert.Equal(new DateOnly(2021, 6, 29), saved.EndDate);
        Assert.Null(saved.EndText);
        Assert.Equal(item.IndicatorName, saved.IndicatorName);
        Assert.Single(saved.Responsibles);
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("methodist")]
    [InlineData("curator")]
    public async Task Only_plan_editors_change_the_plan(string userName)
    {
        var (id, items) = await TestPlans.MunicipalAsync(portal, $"Дерево: права {userName}");
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var version = Text(await TestPlans.VersionAsync(portal, id));

        using var editPage = await client.Http.GetAsync(new Uri($"/projects/{id}/plan/{items["А"]}/edit", UriKind.Relative));
        var up = await client.PostFormAsync($"/projects/{id}/plan", new() { ["command"] = $"up:{items["В"]}", ["version"] = version }, formPage: "/");
        var delete = await client.PostFormAsync($"/projects/{id}/plan/{items["А"]}/delete", new() { ["version"] = version }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, editPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, up.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        var names = await portal.WithDbAsync(db => db.PlanItems.Where(i => i.ParentId == items["stage1"]).OrderBy(i => i.SortOrder).Select(i => i.Name).ToListAsync());
        Assert.Equal(["А", "Б", "В"], names);
    }

    [Fact]
    public async Task Gantt_chart_is_an_svg_with_bars_numbers_and_milestones()
    {
        var id = await portal.ProjectIdAsync(DemoPlans.Municipal);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        var page = await viewer.GetPageAsync($"/projects/{id}/gantt");

        var svg = page.QuerySelector("[data-testid=gantt] svg")!;
        Assert.Equal(23, svg.QuerySelectorAll("g.gantt-row").Length);
        Assert.Equal(19, svg.QuerySelectorAll("polygon.milestone").Length);
        Assert.Equal(3, svg.QuerySelectorAll("rect.stage-band").Length);
        Assert.Contains("12. Проведение мониторинга и анализа реализации программы проекта", svg.TextContent, StringComparison.Ordinal);
        Assert.Contains("2020", svg.QuerySelector("g.year text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("@page", page.QuerySelector("style[media=print]")!.TextContent, StringComparison.Ordinal);
        // Readable: months by three letters, the chart scaled to its box, a legend, and a printable form.
        Assert.Contains("сен", svg.QuerySelectorAll("text.month-caption").Select(t => t.TextContent), StringComparer.Ordinal);
        Assert.Equal("100%", svg.GetAttribute("width"));
        Assert.Contains("просрочено", page.QuerySelector("[data-testid=gantt-legend]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/projects/{id}/forms/gantt", page.QuerySelector("[data-testid=gantt-print]")!.GetAttribute("href"));
    }

    private async Task<int> PersonIdAsync(string fullName) =>
        await portal.WithDbAsync(db => db.People.Where(p => p.FullName == fullName).Select(p => p.Id).FirstAsync());

    private static async Task<IReadOnlyList<string?>> EventNumbersAsync(PortalClient client, int projectId, string[] names)
    {
        var page = await client.GetPageAsync($"/projects/{projectId}/plan");
        var rows = page.QuerySelectorAll("tr[data-item-id]")
            .Where(r => r.QuerySelector(".plan-title") is not null)
            .ToDictionary(r => r.QuerySelector(".plan-title")!.TextContent.Trim(), r => r.GetAttribute("data-number"));
        return names.Select(n => rows[n]).ToList();
    }

    private static string? Number(AngleSharp.Dom.IDocument page, int itemId) =>
        page.QuerySelector($"tr[data-item-id='{itemId}']")?.GetAttribute("data-number");

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
