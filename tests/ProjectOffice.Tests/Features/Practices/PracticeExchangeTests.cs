using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Practices;

[Collection(Portals.Practices)]
public sealed class PracticeExchangeTests(PortalFactory portal)
{
    [Fact]
    public async Task Export_import_export_gives_the_same_document()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Office);
        var first = await client.Http.GetStringAsync(new Uri($"/api/practices/{id}/export", UriKind.Relative));

        using var imported = await PostJsonAsync(client, first);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var newId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var second = await client.Http.GetStringAsync(new Uri($"/api/practices/{newId}/export", UriKind.Relative));

        Assert.NotEqual(id, newId);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task The_export_of_the_demo_practice_is_the_demo_file_value_for_value()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var client = await portal.SignInAsAsync(DemoUsers.Viewer);

        var exported = JsonNode.Parse(await client.Http.GetStringAsync(new Uri($"/api/practices/{id}/export", UriKind.Relative)));

        var file = await JsonNode.ParseAsync(DemoProjectSeeder.OpenDemoFile(DemoPracticeSeeder.File));
        Assert.True(JsonNode.DeepEquals(file, exported), "The export differs from src/ProjectOffice.Data/DemoData/" + DemoPracticeSeeder.File);
    }

    [Fact]
    public async Task A_bad_document_is_refused_with_every_problem_and_its_path()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Office);
        const string json = """
            {
              "format": "projectoffice-practice/1",
              "practice": {
                "name": "",
                "territory": "Калужская область",
                "period": { "startYear": 1800 },
                "results": [ { "indicator": "Охват", "comment": [ { "table": [] } ] } ],
                "costs": [ { "item": "Ремонт", "amount": "12,3456" } ],
                "links": [ { "name": "Сайт", "url": "technolab24.ru" } ],
                "contacts": [ { "name": "Чернат А.В.", "email": "achernat" } ]
              }
            }
            """;

        using var response = await PostJsonAsync(client, json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray()
            .ToDictionary(p => p.GetProperty("path").GetString()!, p => p.GetProperty("message").GetString()!);
        Assert.Contains("$.practice.name", problems.Keys);
        Assert.Contains("$.practice.period", problems.Keys);
        Assert.Contains("$.practice.results[0].comment[0]", problems.Keys);
        Assert.Contains("тысячах рублей", problems["$.practice.costs[0].amount"], StringComparison.Ordinal);
        Assert.Contains("https://", problems["$.practice.links[0].url"], StringComparison.Ordinal);
        Assert.Contains("$.practice.contacts[0].email", problems.Keys);
        Assert.False(await portal.WithDbAsync(db => Task.FromResult(db.Practices.Any(p => p.Territory == "Калужская область"))));
    }

    [Fact]
    public async Task Broken_json_is_refused_with_the_place_of_the_error()
    {
        using var client = await portal.SignInAsAsync(DemoUsers.Office);

        using var response = await PostJsonAsync(client, """{ "format": "projectoffice-practice/1", "practice": { "name": "X", "territory": "Y", "period": { "startYear": "двадцатый" } } }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems")[0];
        Assert.Equal("$.practice.period.startYear", problem.GetProperty("path").GetString());
    }

    [Fact]
    public async Task A_project_leader_cannot_import_practices()
    {
        var id = await PracticeTestData.DemoPracticeIdAsync(portal);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var json = await office.Http.GetStringAsync(new Uri($"/api/practices/{id}/export", UriKind.Relative));
        var before = await portal.WithDbAsync(db => Task.FromResult(db.Practices.Count()));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        using var response = await PostJsonAsync(leader, json);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await portal.WithDbAsync(db => Task.FromResult(db.Practices.Count())));
    }

    [Fact]
    public async Task The_upload_page_lists_the_problems_of_a_bad_file()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var page = await office.GetPageAsync("/practices/import");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "format": "projectoffice/1", "practice": { "name": "X", "territory": "Y", "period": { "startYear": 2020 } } }""")), "file", "practice.json" },
        };

        using var response = await office.Http.PostAsync(new Uri("/practices/import", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var problems = (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid='import-problems']")!.TextContent;
        Assert.Contains("$.format", problems, StringComparison.Ordinal);
        Assert.Contains("Неподдерживаемая версия формата", problems, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostJsonAsync(PortalClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.Http.PostAsync(new Uri("/api/practices/import", UriKind.Relative), content);
    }
}
