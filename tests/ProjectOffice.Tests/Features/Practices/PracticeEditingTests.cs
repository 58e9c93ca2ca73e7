using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Tests.Infrastructure;
using ProjectOffice.Web.Features.Practices;

namespace ProjectOffice.Tests.Features.Practices;

[Collection(Portals.Practices)]
public sealed class PracticeEditingTests(PortalFactory portal)
{
    [Fact]
    public async Task The_demo_practice_survives_a_round_trip_through_every_edit_form()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var before = await office.Http.GetStringAsync(new Uri($"/api/practices/{id}/export", UriKind.Relative));
        var forms = new List<string> { $"/practices/{id}/edit", $"/practices/{id}/description-table" };
        forms.AddRange(PracticeTextSection.All.Select(s => $"/practices/{id}/texts/{s.Slug}"));
        forms.AddRange(PracticeTables.All.Select(t => $"/practices/{id}/tables/{t.Slug}"));

        foreach (var url in forms)
        {
            var fields = Arrange.FormFields(await office.GetPageAsync(url));
            fields["command"] = "save";
            using var response = await office.PostFormAsync(url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url} answered {response.StatusCode}");
        }

        var after = await office.Http.GetStringAsync(new Uri($"/api/practices/{id}/export", UriKind.Relative));
        Assert.Equal(before, after);
        // Saving unchanged forms changes nothing, so the journal has nothing to say.
        Assert.False(await portal.WithDbAsync(db =>
            db.Journal.AnyAsync(j => j.EntityType == PracticeJournal.EntityType && j.EntityId == $"{id}" && j.Action == JournalAction.Update)));
    }

    [Fact]
    public async Task A_project_leader_creates_a_practice_of_their_project()
    {
        var cluster = await portal.ProjectIdAsync("Инженерный кластер");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await leader.PostFormAsync("/practices/new", new()
        {
            ["ProjectId"] = $"{cluster}",
            ["Name"] = "Инженерные классы Омска",
            ["Territory"] = "Омская область, город Омск",
            ["PeriodText"] = "2020–2022 годы",
            ["StartYear"] = "2020",
            ["EndYear"] = "2022",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var practice = await portal.WithDbAsync(db => db.Practices.SingleAsync(p => p.Name == "Инженерные классы Омска"));
        Assert.Equal(cluster, practice.ProjectId);
        Assert.Equal($"/practices/{practice.Id}", response.Headers.Location!.OriginalString);
        Assert.NotNull(practice.AuthorUserId);
        Assert.True(await portal.WithDbAsync(db =>
            db.Journal.AnyAsync(j => j.EntityId == $"{practice.Id}" && j.EntityType == PracticeJournal.EntityType && j.Action == JournalAction.Create && j.ProjectId == cluster)));
    }

    [Fact]
    public async Task A_project_leader_cannot_link_a_practice_to_a_project_they_do_not_edit()
    {
        var success = await portal.ProjectIdAsync("Успех каждого ребенка");
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await leader.PostFormAsync("/practices/new", new()
        {
            ["ProjectId"] = $"{success}", ["Name"] = "Чужая практика", ["Territory"] = "Иркутская область", ["StartYear"] = "2020",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("только с проектом, который вы редактируете", page.QuerySelector("[data-valmsg-for='ProjectId']")!.TextContent, StringComparison.Ordinal);
        Assert.False(await portal.WithDbAsync(db => db.Practices.AnyAsync(p => p.Name == "Чужая практика")));
    }

    [Fact]
    public async Task Wrong_years_get_russian_messages_and_the_typed_values_stay()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var notANumber = await office.PostFormAsync("/practices/new", new() { ["Name"] = "Практика с годом", ["Territory"] = "Обнинск", ["StartYear"] = "20x1" });
        using var endBeforeStart = await office.PostFormAsync("/practices/new", new() { ["Name"] = "Практика с годом", ["Territory"] = "Обнинск", ["StartYear"] = "2021", ["EndYear"] = "2019" });

        var first = await PortalClient.ParseAsync(notANumber);
        var second = await PortalClient.ParseAsync(endBeforeStart);
        Assert.Contains("«20x1»", first.QuerySelector("[data-valmsg-for='StartYear']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Практика с годом", first.QuerySelector("textarea[name='Name']")!.TextContent.Trim());
        Assert.Contains("не раньше года начала", second.QuerySelector("[data-valmsg-for='EndYear']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2019", second.QuerySelector("input[name='EndYear']")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Practices.AnyAsync(p => p.Name == "Практика с годом")));
    }

    [Fact]
    public async Task A_cost_that_is_not_an_amount_is_shown_with_a_message_and_nothing_is_saved()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика с затратами", null);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/practices/{id}/tables/costs";
        var fields = Arrange.FormFields(await office.GetPageAsync(url));
        fields["Rows[0].Id"] = "0";
        fields["Rows[0].Cells[0]"] = "Ремонт";
        fields["Rows[0].Cells[1]"] = "12,3456";
        fields["command"] = "save";

        using var response = await office.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("не более трёх знаков после запятой", page.QuerySelector("[data-valmsg-for='Rows[0].Cells[1]']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("12,3456", page.QuerySelector("input[name='Rows[0].Cells[1]']")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).SelectMany(p => p.Costs).AnyAsync()));
    }

    [Fact]
    public async Task Costs_are_saved_in_order_and_the_total_is_computed()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика со сметой", null);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/practices/{id}/tables/costs";
        var fields = Arrange.FormFields(await office.GetPageAsync(url));
        fields["Version"] = Arrange.FormFields(await office.GetPageAsync(url))["Version"];
        foreach (var (row, item, amount) in new[] { (0, "Оборудование", "1 000,5"), (1, "Ремонт", "0,125") })
        {
            fields[$"Rows[{row}].Id"] = "0";
            fields[$"Rows[{row}].Cells[0]"] = item;
            fields[$"Rows[{row}].Cells[1]"] = amount;
            fields[$"Rows[{row}].Cells[2]"] = "Бюджетное финансирование";
        }

        fields["command"] = "save";
        using var response = await office.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var costs = await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).SelectMany(p => p.Costs).OrderBy(c => c.SortOrder).ToListAsync());
        Assert.Equal(["Оборудование", "Ремонт"], costs.Select(c => c.Item));
        Assert.Equal([1000.5m, 0.125m], costs.Select(c => c.Amount));
        var form = await office.GetPageAsync($"/practices/{id}/forms/passport");
        Assert.Contains("1\u00a0000,625", form.QuerySelector("[data-testid='cost-total']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_buttons_add_and_move_rows_without_saving_and_keep_what_was_typed()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика со ссылками", null);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/practices/{id}/tables/links";
        var fields = Arrange.FormFields(await office.GetPageAsync(url));
        fields["command"] = "add";

        var withOneRow = await PortalClient.ParseAsync(await office.PostFormAsync(url, fields));
        fields = Arrange.FormFields(withOneRow);
        fields["Rows[0].Cells[0]"] = "Сайт";
        fields["Rows[0].Cells[1]"] = "https://example.ru/";
        fields["command"] = "add";
        var withTwoRows = await PortalClient.ParseAsync(await office.PostFormAsync(url, fields));
        fields = Arrange.FormFields(withTwoRows);
        fields["Rows[1].Cells[0]"] = "Группа";
        fields["command"] = "up:1";
        var moved = await PortalClient.ParseAsync(await office.PostFormAsync(url, fields));

        Assert.Equal("Группа", moved.QuerySelector("input[name='Rows[0].Cells[0]']")!.GetAttribute("value"));
        Assert.Equal("Сайт", moved.QuerySelector("input[name='Rows[1].Cells[0]']")!.GetAttribute("value"));
        Assert.Equal("https://example.ru/", moved.QuerySelector("input[name='Rows[1].Cells[1]']")!.GetAttribute("value"));
        Assert.False(await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).SelectMany(p => p.Links).AnyAsync()));
    }

    [Fact]
    public async Task A_second_editor_with_a_stale_form_gets_the_conflict_message_and_keeps_the_text()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика двух редакторов", null);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var admin = await portal.SignInAsAsync(DemoUsers.Admin);
        var url = $"/practices/{id}/texts/leader";
        var officeFields = Arrange.FormFields(await office.GetPageAsync(url));
        var adminFields = Arrange.FormFields(await admin.GetPageAsync(url));
        officeFields["Text"] = "Руководитель практики — директор центра.";
        adminFields["Text"] = "Команда проекта из пяти человек.";

        using var first = await office.PostFormAsync(url, officeFields);
        using var second = await admin.PostFormAsync(url, adminFields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var page = await PortalClient.ParseAsync(second);
        Assert.Contains(PracticeConcurrency.ConflictMessage, page.QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Команда проекта из пяти человек.", page.QuerySelector("textarea[name='Text']")!.TextContent.Trim());
        Assert.Equal("Руководитель практики — директор центра.",
            await portal.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.LeaderAndTeam).SingleAsync()));
    }

    [Fact]
    public async Task A_text_keeps_its_paragraphs_and_lists_and_the_journal_has_the_old_and_new_text()
    {
        var id = await PracticeTestData.AddDraftAsync(portal, "Практика с задачами", null);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = $"/practices/{id}/texts/goals";
        var fields = Arrange.FormFields(await office.GetPageAsync(url));
        fields["Text"] = "Задачи практики:\r\n- ранняя профориентация;\r\n- развитие способностей.\r\n\r\nВторой абзац.";

        using var response = await office.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await office.GetPageAsync($"/practices/{id}");
        var section = page.QuerySelector("#section-7")!;
        Assert.Equal(["ранняя профориентация;", "развитие способностей."], section.QuerySelectorAll("li").Select(li => li.TextContent));
        Assert.Equal(["Задачи практики:", "Второй абзац."], section.QuerySelectorAll("p").Select(p => p.TextContent));
        var entry = await portal.WithDbAsync(db =>
            db.Journal.SingleAsync(j => j.EntityId == $"{id}" && j.EntityType == PracticeJournal.EntityType && j.Action == JournalAction.Update));
        Assert.Equal("Цель практики.", entry.OldValue);
        Assert.Equal("Задачи практики:\n\n- ранняя профориентация;\n- развитие способностей.\n\nВторой абзац.", entry.NewValue);
        Assert.Equal("7. Цель (цели) и задачи практики", entry.Field);
    }
}
