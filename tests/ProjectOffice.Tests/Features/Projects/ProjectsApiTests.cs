using System.Net;
using System.Text.Json;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Projects;

[Collection(Portals.Projects)]
public sealed class ProjectsApiTests(PortalFactory portal)
{
    [Fact]
    public async Task The_list_answers_json_in_camel_case_for_a_signed_in_user()
    {
        var tag = Arrange.NewTag();
        var id = await ProjectArrange.AddNationalAsync(portal, tag);
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await viewer.Http.GetAsync(new Uri($"/api/projects?q={tag}&page=1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(1, root.GetProperty("pageCount").GetInt32());
        var item = root.GetProperty("items").EnumerateArray().Single();
        Assert.Equal(id, item.GetProperty("id").GetInt32());
        Assert.Equal($"Успех каждого ребенка {tag}", item.GetProperty("name").GetString());
        Assert.Equal($"Успех {tag}", item.GetProperty("shortName").GetString());
        Assert.Equal("national", item.GetProperty("layout").GetString());
        Assert.Equal("draft", item.GetProperty("status").GetString());
        Assert.Equal("2019-01-01", item.GetProperty("startDate").GetString());
        Assert.Equal("2024-12-31", item.GetProperty("endDate").GetString());
    }

    [Fact]
    public async Task A_project_answers_its_main_fields()
    {
        var tag = Arrange.NewTag();
        var id = await ProjectArrange.AddMunicipalAsync(portal, tag);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        using var response = await office.Http.GetAsync(new Uri($"/api/projects/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal($"Инженерный кластер {tag}", root.GetProperty("name").GetString());
        Assert.Equal("municipal", root.GetProperty("layout").GetString());
        Assert.Equal("Учитель будущего", root.GetProperty("federalProject").GetString());
        Assert.Equal("Создание единого образовательного пространства", root.GetProperty("goal").GetString());
        Assert.Equal("Чернецкая Людмила Геннадьевна", root.GetProperty("leader").GetProperty("fullName").GetString());
        Assert.Equal("Чернецкая Л.Г.", root.GetProperty("leader").GetProperty("shortName").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("curator").ValueKind);
        var stages = root.GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(["Подготовительный", "Основной"], stages.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("2020-09-01", stages[1].GetProperty("startDate").GetString());
    }

    [Theory]
    [InlineData("/api/projects")]
    [InlineData("/api/projects/1")]
    public async Task Anonymous_calls_get_401_not_the_login_page(string url)
    {
        using var anonymous = portal.CreatePortalClient();

        using var response = await anonymous.Http.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Anonymous_pages_still_redirect_to_the_login_page()
    {
        using var anonymous = portal.CreatePortalClient();

        using var response = await anonymous.Http.GetAsync(new Uri("/projects", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_the_user_may_not_read_answers_403_without_a_page()
    {
        var id = await ProjectArrange.AddNationalAsync(portal, Arrange.NewTag());
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await leader.Http.GetAsync(new Uri($"/api/projects/{id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_project_answers_404()
    {
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await viewer.Http.GetAsync(new Uri("/api/projects/987654", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }
}
