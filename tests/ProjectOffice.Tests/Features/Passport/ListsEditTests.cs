using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.Passport)]
public sealed class ListsEditTests(PortalFactory portal)
{
    [Fact]
    public async Task Every_list_is_saved_in_typed_order_and_blank_rows_are_dropped()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект со списками");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["Form.Tasks[0].Text"] = "Создать систему профориентации";
        fields["Form.Tasks[1].Text"] = "Обучить педагогов";
        fields["Form.ExpectedResults[0].Text"] = "Создана система профориентационной работы";
        fields["Form.ExpectedResults[1].Text"] = "  ";
        fields["Form.Programmes[0].Text"] = "Муниципальная программа «Развитие образования»";
        fields["Form.ExternalRisks[0].Text"] = "отсутствие инвестиций";
        fields["Form.InternalRisks[0].Text"] = "отсутствие материально-технической базы";
        fields["Form.InternalRisks[1].Text"] = "недостаток кадров";

        var response = await office.PostFormAsync(Url(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Equal(["Создать систему профориентации", "Обучить педагогов"], project.Tasks.OrderBy(t => t.SortOrder).Select(t => t.Name));
        Assert.Equal(["Создана система профориентационной работы"], Texts(project, ListItemKind.ExpectedResult));
        Assert.Equal(["Муниципальная программа «Развитие образования»"], Texts(project, ListItemKind.Programme));
        Assert.Equal(["отсутствие инвестиций"], Texts(project, ListItemKind.ExternalRisk));
        Assert.Equal(["отсутствие материально-технической базы", "недостаток кадров"], Texts(project, ListItemKind.InternalRisk));
        var shown = await office.GetPageAsync(Url(id));
        Assert.Equal("недостаток кадров", shown.ValueOf("Form.InternalRisks[1].Text"));
    }

    [Fact]
    public async Task Moving_and_removing_rows_of_one_list_leaves_the_others_alone()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Проект с рисками", arrange: p =>
        {
            p.ListItems.Add(new ProjectListItem { Kind = ListItemKind.ExternalRisk, Text = "первый", SortOrder = 0 });
            p.ListItems.Add(new ProjectListItem { Kind = ListItemKind.ExternalRisk, Text = "второй", SortOrder = 1 });
            p.ListItems.Add(new ProjectListItem { Kind = ListItemKind.ExternalRisk, Text = "третий", SortOrder = 2 });
            p.ListItems.Add(new ProjectListItem { Kind = ListItemKind.InternalRisk, Text = "внутренний", SortOrder = 0 });
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var fields = (await office.GetPageAsync(Url(id))).Fields();
        fields["command"] = "down:external:0";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "remove:external:2";
        fields = (await PortalClient.ParseAsync(await office.PostFormAsync(Url(id), fields))).Fields();
        fields["command"] = "save";

        await office.PostFormAsync(Url(id), fields);

        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Equal(["второй", "первый"], Texts(project, ListItemKind.ExternalRisk));
        Assert.Equal(["внутренний"], Texts(project, ListItemKind.InternalRisk));
    }

    [Fact]
    public async Task National_passport_lists_leave_its_tasks_to_the_tasks_section()
    {
        var id = await PassportArrange.ProjectAsync(portal, "Национальный проект со списками", arrange: p =>
        {
            p.Layout = ProjectLayout.National;
            p.Tasks.Add(new ProjectTask { Name = "Задача с результатами", Results = [new ProjectResult { Name = "Результат" }] });
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var page = await office.GetPageAsync(Url(id));
        var fields = page.Fields();
        fields["Form.Programmes[0].Text"] = "Государственная программа";

        await office.PostFormAsync(Url(id), fields);

        Assert.Null(page.QuerySelector("[data-testid=list-tasks]"));
        var project = await PassportArrange.ProjectWithPassportAsync(portal, id);
        Assert.Equal("Задача с результатами", Assert.Single(project.Tasks).Name);
        Assert.Equal(["Государственная программа"], Texts(project, ListItemKind.Programme));
        Assert.Equal(1, await portal.WithDbAsync(db => db.ProjectResults.CountAsync(r => r.TaskId == project.Tasks[0].Id)));
    }

    private static string Url(int id) => $"/projects/{id}/edit/lists";

    private static List<string> Texts(Project project, ListItemKind kind) =>
        project.ListItems.Where(i => i.Kind == kind).OrderBy(i => i.SortOrder).Select(i => i.Text).ToList();
}
