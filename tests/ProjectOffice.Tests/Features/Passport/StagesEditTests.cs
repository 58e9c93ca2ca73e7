using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.Passport)]
public sealed class StagesEditTests(PortalFactory portal)
{
    [Fact]
    public async Task Stages_typed_into_new_rows_are_saved_in_order()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект без этапов");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var url = Url(id);
        var fields = (await office.GetPageAsync(url)).Fields();
        fields["command"] = "add";
        var withRow = await PortalClient.ParseAsync(await office.PostFormAsync(url, fields));
        fields = withRow.Fields();
        fields["Form.Rows[0].Name"] = "Подготовительный";
        fields["Form.Rows[0].Start"] = "01.02.2020";
        fields["Form.Rows[0].End"] = "31.08.2020";
        fields["command"] = "add";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(url, fields))).Fields();
        fields["Form.Rows[1].Name"] = "Основной";
        fields["Form.Rows[1].Start"] = "2020-09-01";
        fields["Form.Rows[1].End"] = "31.12.2021";
        fields["command"] = "save";

        var response = await office.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stages = await StagesAsync(id);
        Assert.Equal(["Подготовительный", "Основной"], stages.Select(s => s.Name));
        Assert.Equal([0, 1], stages.Select(s => s.SortOrder));
        Assert.Equal(new DateOnly(2020, 9, 1), stages[1].StartDate);
        var shown = await office.GetPageAsync(url);
        Assert.Equal("01.09.2020", shown.ValueOf("Form.Rows[1].Start"));
    }

    [Fact]
    public async Task Add_keeps_the_typed_values_and_saves_nothing()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с черновиком этапа", arrange: WithTwoStages);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Rows[0].Name"] = "Переименованный, но не сохранённый";
        fields["command"] = "add";

        var page = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Equal("Переименованный, но не сохранённый", page.ValueOf("Form.Rows[0].Name"));
        Assert.Equal("", page.ValueOf("Form.Rows[2].Name"));
        Assert.Equal(["Подготовительный", "Основной"], (await StagesAsync(id)).Select(s => s.Name));
    }

    [Fact]
    public async Task Impossible_date_is_refused_next_to_the_field_nothing_saved_and_typed_values_kept()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с 31 июня", arrange: WithTwoStages);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Rows[0].Name"] = "Подготовительный этап (новое имя)";
        fields["Form.Rows[1].End"] = "31.06.2021";

        var response = await office.PostFormAsync(Url(id), fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Такой даты нет: 31.06.2021.", page.MessageFor("Form.Rows[1].End"));
        Assert.Equal("31.06.2021", page.ValueOf("Form.Rows[1].End"));
        Assert.Equal("Подготовительный этап (новое имя)", page.ValueOf("Form.Rows[0].Name"));
        var stages = await StagesAsync(id);
        Assert.Equal(["Подготовительный", "Основной"], stages.Select(s => s.Name));
        Assert.Equal(new DateOnly(2021, 12, 31), stages[1].EndDate);
    }

    [Fact]
    public async Task Stage_outside_the_project_period_is_refused_naming_the_period()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с этапом за сроком", arrange: WithTwoStages);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Rows[1].End"] = "31.03.2022";

        var page = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Contains("01.02.2020 – 31.12.2021", page.MessageFor("Form.Rows[1].End"), StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2021, 12, 31), (await StagesAsync(id))[1].EndDate);
    }

    [Fact]
    public async Task End_before_start_and_a_blank_name_are_refused()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с перепутанными датами", arrange: WithTwoStages);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Rows[0].Start"] = "01.08.2020";
        fields["Form.Rows[0].End"] = "01.03.2020";
        fields["Form.Rows[1].Name"] = " ";

        var page = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Equal("Дата окончания раньше даты начала.", page.MessageFor("Form.Rows[0].End"));
        Assert.Equal("Впишите наименование этапа.", page.MessageFor("Form.Rows[1].Name"));
        Assert.Equal(new DateOnly(2020, 2, 1), (await StagesAsync(id))[0].StartDate);
    }

    [Fact]
    public async Task Moving_and_removing_stages_is_saved_and_printed_names_stay()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с тремя этапами", arrange: p =>
        {
            WithTwoStages(p);
            p.Stages.Add(new Stage
            {
                Name = "Анализ результатов реализации проекта",
                StartDate = new DateOnly(2021, 9, 1),
                EndDate = new DateOnly(2021, 12, 31),
                SortOrder = 2,
                PrintedNames = [new TextVariant { Form = FormKind.Plan, Text = "Анализ реализации проекта" }],
            });
            p.Stages[1].EndDate = new DateOnly(2021, 8, 31);
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["command"] = "up:2";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "remove:0";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "save";

        var response = await office.PostFormAsync(Url(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stages = await StagesAsync(id);
        Assert.Equal(["Анализ результатов реализации проекта", "Основной"], stages.Select(s => s.Name));
        Assert.Equal("Анализ реализации проекта", Assert.Single(stages[0].PrintedNames).Text);
    }

    [Fact]
    public async Task A_stage_with_budget_amounts_cannot_be_removed()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с бюджетом этапа", arrange: p =>
        {
            WithTwoStages(p);
            p.BudgetItems.Add(new BudgetItem { Stage = p.Stages[0], Amounts = [new BudgetAmount { Text = "0,015", Value = 0.015m }] });
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["command"] = "remove:0";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "save";

        var page = await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields));

        Assert.Contains("Этап «Подготовительный» нельзя удалить", page.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await StagesAsync(id)).Count);
    }

    [Fact]
    public async Task Stages_saved_over_another_editors_change_get_the_conflict_message_with_the_rows_kept()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект для двух редакторов этапов", arrange: WithTwoStages);
        using var first = await portal.SignInAsAsync(DemoUsers.Office);
        using var second = await portal.SignInAsAsync(DemoUsers.Admin);
        var firstFields = (await first.GetPageAsync(Url(id))).Fields();
        var secondFields = (await second.GetPageAsync(Url(id))).Fields();
        firstFields["Form.Rows[0].Name"] = "Подготовительный (первый редактор)";
        await first.PostFormAsync(Url(id), firstFields);
        secondFields["Form.Rows[1].Name"] = "Основной (второй редактор)";

        var response = await second.PostFormAsync(Url(id), secondFields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("изменил другой пользователь", page.QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Основной (второй редактор)", page.ValueOf("Form.Rows[1].Name"));
        Assert.Equal(["Подготовительный (первый редактор)", "Основной"], (await StagesAsync(id)).Select(s => s.Name));
    }

    private static string Url(int id) => $"/projects/{id}/edit/stages";

    private static void WithTwoStages(Project project)
    {
        project.Stages.Add(new Stage { Name = "Подготовительный", StartDate = new DateOnly(2020, 2, 1), EndDate = new DateOnly(2020, 8, 31), SortOrder = 0 });
        project.Stages.Add(new Stage { Name = "Основной", StartDate = new DateOnly(2020, 9, 1), EndDate = new DateOnly(2021, 12, 31), SortOrder = 1 });
    }

    private Task<List<Stage>> StagesAsync(int id) =>
        portal.WithDbAsync(db => db.Stages.AsNoTracking().Where(s => s.ProjectId == id).OrderBy(s => s.SortOrder).ToListAsync());
}
