using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Exchange;

[Collection(Portals.Exchange)]
public sealed class ImportApiTests(PortalFactory portal)
{
    [Fact]
    public async Task Office_exports_a_project_and_imports_it_back_as_a_new_one()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var id = await ProjectIdAsync("Инженерный кластер");
        var exported = await office.Http.GetStringAsync(new Uri($"/api/projects/{id}/export", UriKind.Relative));

        using var response = await PostJsonAsync(office, exported);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Matches("^/projects/[0-9]+$", location);
        var newId = int.Parse(location.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(id, newId);
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(19, await db.ControlEvents.CountAsync(e => e.ProjectId == newId));
    }

    [Theory]
    [InlineData("leader")]
    [InlineData("viewer")]
    public async Task Only_the_office_and_administrators_import(string userName)
    {
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var before = await ProjectCountAsync();

        using var response = await PostJsonAsync(client, await DemoJsonAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await ProjectCountAsync());
    }

    public static TheoryData<string, string, string> BadDocuments => new()
    {
        { "malformed", "{ \"format\": \"projectoffice/1\", ", "$" },
        { "version", "format=projectoffice/9", "$.format" },
        { "missing", "remove=project.name", "$.project" },
        { "date", "project.period.end=2021-06-31", "$.project.period.end" },
        { "enum", "project.layout=regional", "$.project.layout" },
        { "duplicate", "duplicate-stage-key", "$.project.stages[1].key" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Bad_input_is_answered_400_with_every_problem_and_nothing_is_written(string kind, string change, string expectedPath)
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var before = await ProjectCountAsync();
        var json = kind == "malformed" ? change : Spoil(await DemoJsonAsync(), change);

        using var response = await PostJsonAsync(office, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problems = body.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.NotEmpty(problems);
        Assert.Contains(problems, p => p.GetProperty("path").GetString()!.StartsWith(expectedPath, StringComparison.Ordinal));
        Assert.All(problems, p => Assert.Matches("[А-Яа-я]", p.GetProperty("message").GetString()!));
        Assert.Equal(before, await ProjectCountAsync());
    }

    [Fact]
    public async Task Every_problem_is_listed_not_only_the_first()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var json = JsonNode.Parse(await DemoJsonAsync())!;
        json["project"]!["stages"]![0]!["start"] = "2019-01-01";
        json["project"]!["executors"]![0]!["person"] = "nobody";
        var stageRow = json["project"]!["plan"]!["items"]![0]!;
        Assert.Equal("stage", stageRow["kind"]!.GetValue<string>());
        stageRow["number"] = "5";

        using var response = await PostJsonAsync(office, json.ToJsonString());

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.project.stages[0]", text, StringComparison.Ordinal);
        Assert.Contains("$.project.executors[0].person", text, StringComparison.Ordinal);
        // A stage row prints its stage's heading, numbered by the passport: its own number would print oddly.
        Assert.Contains("$.project.plan.items[0].number", text, StringComparison.Ordinal);
        Assert.Contains("не у этапа или задачи", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_10_MB_is_refused()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var before = await ProjectCountAsync();
        var padding = new string(' ', 10 * 1024 * 1024 + 16);

        using var response = await PostJsonAsync(office, "{" + padding + "}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await ProjectCountAsync());
    }

    [Fact]
    public async Task Too_many_items_are_refused_not_crashed_on()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var json = JsonNode.Parse(await DemoJsonAsync())!;
        json["project"]!["expectedResults"] = new JsonArray(Enumerable.Range(0, 5001).Select(i => (JsonNode)JsonValue.Create($"r{i}")!).ToArray());

        using var response = await PostJsonAsync(office, json.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$.project.expectedResults", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_upload_page_lists_the_problems_of_a_bad_file()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var page = await office.GetPageAsync("/projects/import");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Spoil(await DemoJsonAsync(), "project.period.end=2021-06-31"))), "file", "bad.json" },
        };

        using var response = await office.Http.PostAsync(new Uri("/projects/import", UriKind.Relative), form);

        var result = await PortalClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("$.project.period.end", result.QuerySelector("[data-testid=import-problems]")!.TextContent, StringComparison.Ordinal);
    }

    private static string Spoil(string json, string change)
    {
        var node = JsonNode.Parse(json)!;
        switch (change)
        {
            case "format=projectoffice/9":
                node["format"] = "projectoffice/9";
                break;
            case "remove=project.name":
                node["project"]!.AsObject().Remove("name");
                break;
            case "project.period.end=2021-06-31":
                node["project"]!["period"]!["end"] = "2021-06-31";
                break;
            case "project.layout=regional":
                node["project"]!["layout"] = "regional";
                break;
            case "duplicate-stage-key":
                node["project"]!["stages"]![1]!["key"] = node["project"]!["stages"]![0]!["key"]!.GetValue<string>();
                break;
            default:
                throw new ArgumentException(change);
        }

        return node.ToJsonString();
    }

    private static async Task<string> DemoJsonAsync()
    {
        using var reader = new StreamReader(DemoProjectSeeder.OpenDemoFile("engineering-cluster.json"));
        return await reader.ReadToEndAsync();
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(PortalClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.Http.PostAsync(new Uri("/api/projects/import", UriKind.Relative), content);
    }

    private async Task<int> ProjectIdAsync(string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Projects.Where(p => p.Name == name).Select(p => p.Id).FirstAsync();
    }

    private async Task<int> ProjectCountAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Projects.CountAsync();
    }
}
