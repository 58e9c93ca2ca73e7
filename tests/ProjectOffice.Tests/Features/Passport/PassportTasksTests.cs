using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.Arrange;
using static ProjectOffice.Tests.PassportTablesTestKit;

namespace ProjectOffice.Tests.Features.Passport;

[Collection(Portals.PassportTables)]
public sealed class PassportTasksTests(PortalFactory portal)
{
    [Fact]
    public async Task Leader_adds_a_task_with_a_result_in_rich_text()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/tasks";
        var fields = await FormFieldsAsync(leader, url);
        fields["command"] = "add";
        var withTask = await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields));
        fields = FormFields(withTask);
        fields["Tasks[0].Name"] = "Формирование системы выявления талантов";
        fields["command"] = "add-result:0";
        var withResult = await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields));

        fields = FormFields(withResult);
        fields["Tasks[0].Results[0].Name"] = "Созданы новые места\r\n\r\n- 2019 год: 100 мест\r\n- 2020 год: 200 мест";
        fields["Tasks[0].Results[0].Characteristic"] = "Места созданы за счет субсидии";
        fields["command"] = "save";
        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var task = await portal.WithDbAsync(db => db.ProjectTasks.Include(t => t.Results).SingleAsync(t => t.ProjectId == id));
        Assert.Equal("Формирование системы выявления талантов", task.Name);
        var result = Assert.Single(task.Results);
        Assert.Equal("Созданы новые места\n\n- 2019 год: 100 мест\n- 2020 год: 200 мест", result.Name);
        Assert.Equal("Места созданы за счет субсидии", result.Characteristic);
        var page = await leader.GetPageAsync(url);
        Assert.Contains("Результат 1.1.", page.QuerySelector("[data-testid=result]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reordering_tasks_and_results_is_saved()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
        {
            project.Tasks.Add(new ProjectTask
            {
                Name = "Задача А",
                SortOrder = 0,
                Results = [new ProjectResult { Name = "Результат А1", SortOrder = 0 }, new ProjectResult { Name = "Результат А2", SortOrder = 1 }],
            });
            project.Tasks.Add(new ProjectTask { Name = "Задача Б", SortOrder = 1 });
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/tasks";

        var fields = await FormFieldsAsync(leader, url);
        fields["command"] = "up:1";
        var moved = await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields));
        fields = FormFields(moved);
        fields["command"] = "down-result:1:0";
        moved = await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields));
        fields = FormFields(moved);
        fields["command"] = "save";
        var saved = await leader.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tasks = await portal.WithDbAsync(db => db.ProjectTasks.Include(t => t.Results)
            .Where(t => t.ProjectId == id).OrderBy(t => t.SortOrder).ToListAsync());
        Assert.Equal(["Задача Б", "Задача А"], tasks.Select(t => t.Name));
        Assert.Equal([0, 1], tasks.Select(t => t.SortOrder));
        Assert.Equal(["Результат А2", "Результат А1"], tasks[1].Results.OrderBy(r => r.SortOrder).Select(r => r.Name));
    }

    [Fact]
    public async Task Removing_a_task_deletes_it_with_its_results()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) =>
        {
            project.Tasks.Add(new ProjectTask { Name = "Остается", SortOrder = 0 });
            project.Tasks.Add(new ProjectTask { Name = "Удаляется", SortOrder = 1, Results = [new ProjectResult { Name = "Его результат" }] });
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/tasks";

        var fields = await FormFieldsAsync(leader, url);
        fields["command"] = "remove:1";
        var fewer = await PortalClient.ParseAsync(await leader.PostFormAsync(url, fields));
        var untilSaved = await portal.WithDbAsync(db => db.ProjectTasks.CountAsync(t => t.ProjectId == id));
        fields = FormFields(fewer);
        fields["command"] = "save";
        await leader.PostFormAsync(url, fields);

        Assert.Equal(2, untilSaved);
        Assert.Equal(["Остается"], await portal.WithDbAsync(db => db.ProjectTasks.Where(t => t.ProjectId == id).Select(t => t.Name).ToListAsync()));
        Assert.False(await portal.WithDbAsync(db => db.ProjectResults.AnyAsync(r => r.Name == "Его результат")));
    }

    [Fact]
    public async Task An_empty_task_name_is_refused_and_nothing_is_saved()
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.Municipal, (project, _) =>
            project.Tasks.Add(new ProjectTask { Name = "Создать систему профориентации" }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var url = $"/projects/{id}/edit/tasks";
        var fields = await FormFieldsAsync(leader, url);
        fields["Tasks[0].Name"] = "  ";
        fields["command"] = "save";

        var response = await leader.PostFormAsync(url, fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Введите наименование задачи.", ErrorNextTo(page, "Tasks[0].Name"));
        Assert.Equal("Создать систему профориентации", await portal.WithDbAsync(db => db.ProjectTasks.Where(t => t.ProjectId == id).Select(t => t.Name).SingleAsync()));
    }

    [Theory]
    [InlineData("methodist")]
    [InlineData("viewer")]
    [InlineData("curator")]
    public async Task Only_editors_of_the_passport_may_open_or_post_the_tasks(string userName)
    {
        var id = await CreateProjectAsync(portal, ProjectLayout.National, (project, _) => project.Tasks.Add(new ProjectTask { Name = "Исходная задача" }));
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var url = $"/projects/{id}/edit/tasks";

        using var get = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        var forged = await client.PostFormAsync(url, new() { ["Version"] = "0", ["Tasks[0].Name"] = "Подмена", ["command"] = "save" }, formPage: "/");

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal(["Исходная задача"], await portal.WithDbAsync(db => db.ProjectTasks.Where(t => t.ProjectId == id).Select(t => t.Name).ToListAsync()));
    }
}
