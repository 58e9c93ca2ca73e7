using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Exchange;

/// <summary>
/// The importer is as strict as docs/project-format.schema.json: every schema problem comes back at once with its
/// path and a Russian message, and everything the portal exports passes the same schema. Deadline phrases in an
/// imported plan are read into dates (Gantt bar) or flagged «срок не распознан».
/// </summary>
[Collection(Portals.Exchange)]
public sealed class ProjectSchemaTests(PortalFactory portal)
{
    [Fact]
    public async Task Three_type_errors_give_three_russian_messages_with_their_paths()
    {
        var json = await DemoAsync("engineering-cluster.json");
        json["project"]!["name"] = 5;
        json["project"]!["period"]!["start"] = true;
        json["organisations"]![0]!["name"] = new JsonArray();

        var problems = await RefusedAsync(json);

        Assert.Equal(3, problems.Count);
        Assert.Equal(["$.organisations[0].name", "$.project.name", "$.project.period.start"], problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(problems, p => Assert.Matches("^Поле «[a-zA-Z]+»: получено значение типа .+, ожидается .+\\.$", p.Message));
        Assert.Contains(problems, p => p.Path == "$.project.name" && p.Message.Contains("ожидается строка", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_impossible_end_date_is_named_with_its_field_and_value()
    {
        var json = await DemoAsync("engineering-cluster.json");
        json["project"]!["plan"]!["items"]![0]!["children"]![0]!["end"] = "2021-06-31";

        var problems = await RefusedAsync(json);

        var problem = Assert.Single(problems);
        Assert.Equal("$.project.plan.items[0].children[0].end", problem.Path);
        Assert.Contains("«end»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("2021-06-31", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_text_without_a_start_date_is_refused()
    {
        var json = await DemoAsync("engineering-cluster.json");
        var item = json["project"]!["plan"]!["items"]![1]!["children"]![0]!.AsObject();
        item.Remove("start");
        item["startText"] = "весна 2021";

        var problems = await RefusedAsync(json);

        Assert.Contains(problems, p => p.Path == "$.project.plan.items[1].children[0]" && p.Message.Contains("«start»", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_municipal_plan_without_stages_is_refused()
    {
        var json = await DemoAsync("engineering-cluster.json");
        var items = json["project"]!["plan"]!["items"]!.AsArray();
        var events = items.SelectMany(s => s!["children"]!.AsArray().Select(c => c!.DeepClone())).ToArray();
        json["project"]!["plan"]!["items"] = new JsonArray(events);

        var problems = await RefusedAsync(json);

        Assert.True(
            problems.Any(p => p.Path == "$.project.plan.items[0].kind" && p.Message.Contains("«stage»", StringComparison.Ordinal)),
            string.Join("\n", problems.Take(5).Select(p => $"{p.Path}: {p.Message}")));
        Assert.Equal(events.Length, problems.Count(p => p.Path.EndsWith(".kind", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Every_export_validates_against_the_schema_including_a_risk_register()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var copy = await DemoAsync("success-of-every-child.json");
        copy["project"]!["name"] = "Схема: экспорт с реестром рисков";
        using (var created = await PostJsonAsync(office, copy.ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var copyId = await ProjectIdAsync("Схема: экспорт с реестром рисков");
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var risk = new Risk { ProjectId = copyId, Title = "Срыв поставки оборудования", Probability = 4, Impact = 3, ReviewDate = new DateOnly(2020, 3, 1) };
            db.Risks.Add(risk);
            await db.SaveChangesAsync();
            db.ProjectProblems.Add(new ProjectProblem { ProjectId = copyId, RiskId = risk.Id, Title = "Оборудование не поставлено", Deadline = new DateOnly(2020, 6, 1) });
            await db.SaveChangesAsync();
        }

        foreach (var id in new[] { await ProjectIdAsync("Инженерный кластер"), await ProjectIdAsync("Успех каждого ребенка"), copyId })
        {
            using var exported = JsonDocument.Parse(await office.Http.GetStringAsync(new Uri($"/api/projects/{id}/export", UriKind.Relative)));

            Assert.Empty(ProjectSchema.Check(exported.RootElement));
            if (id == copyId)
            {
                Assert.Equal(1, exported.RootElement.GetProperty("project").GetProperty("riskRegister").GetProperty("problems").GetArrayLength());
            }
        }
    }

    [Fact]
    public async Task Deadline_phrases_are_read_into_dates_drawn_on_the_gantt_or_flagged_unrecognised()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var json = await DemoAsync("engineering-cluster.json");
        json["project"]!["name"] = "Схема: сроки словами";
        var events = json["project"]!["plan"]!["items"]![0]!["children"]!.AsArray();
        Phrase(events[0]!.AsObject(), "ноябрь 2020");
        Phrase(events[1]!.AsObject(), "по мере готовности");

        using (var created = await PostJsonAsync(office, json.ToJsonString()))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var id = await ProjectIdAsync("Схема: сроки словами");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var read = await db.PlanItems.SingleAsync(i => i.ProjectId == id && i.DeadlineText == "ноябрь 2020");
        var unread = await db.PlanItems.SingleAsync(i => i.ProjectId == id && i.DeadlineText == "по мере готовности");
        Assert.Equal((new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 30)), (read.DeadlineStart, read.DeadlineEnd));
        Assert.Null(unread.DeadlineEnd);

        var plan = await office.GetPageAsync($"/projects/{id}/plan");
        var readRow = plan.QuerySelector($"tr[data-item-id='{read.Id}']")!;
        var unreadRow = plan.QuerySelector($"tr[data-item-id='{unread.Id}']")!;
        Assert.Contains("ноябрь 2020", readRow.TextContent, StringComparison.Ordinal);
        Assert.Null(readRow.QuerySelector("[data-testid=deadline-unrecognised]"));
        Assert.Contains("по мере готовности", unreadRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("срок не распознан", unreadRow.QuerySelector("[data-testid=deadline-unrecognised]")!.TextContent.Trim());

        var gantt = await office.GetPageAsync($"/projects/{id}/gantt");
        var bar = gantt.QuerySelector($"g.gantt-row[data-number='{readRow.GetAttribute("data-number")}']")!;
        Assert.NotNull(bar.QuerySelector("rect"));
        Assert.Contains("01.11.2020 – 30.11.2020", bar.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Null(gantt.QuerySelector($"g.gantt-row[data-number='{unreadRow.GetAttribute("data-number")}'] rect"));
    }

    private static void Phrase(JsonObject item, string phrase)
    {
        foreach (var field in new[] { "start", "end", "startText", "endText", "startNote", "endNote" })
        {
            item.Remove(field);
        }

        item["deadlineText"] = phrase;
    }

    private async Task<IReadOnlyList<ImportProblem>> RefusedAsync(JsonNode json)
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var response = await PostJsonAsync(office, json.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("problems").EnumerateArray()
            .Select(p => new ImportProblem(p.GetProperty("path").GetString()!, p.GetProperty("message").GetString()!))
            .ToList();
    }

    private static async Task<JsonNode> DemoAsync(string file)
    {
        using var reader = new StreamReader(DemoProjectSeeder.OpenDemoFile(file));
        return JsonNode.Parse(await reader.ReadToEndAsync())!;
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
}

/// <summary>The demo documents shipped with the portal pass the schema the importer now enforces.</summary>
public sealed class ProjectSchemaDocumentTests
{
    [Theory]
    [InlineData("engineering-cluster.json")]
    [InlineData("success-of-every-child.json")]
    public void Demo_documents_validate(string file)
    {
        using var document = JsonDocument.Parse(DemoProjectSeeder.OpenDemoFile(file));
        Assert.Empty(ProjectSchema.Check(document.RootElement));
    }

    [Theory]
    [InlineData("/project/plan/items/0/children/12/end", "$.project.plan.items[0].children[12].end")]
    [InlineData("", "$")]
    public void Pointers_become_the_paths_the_importer_writes(string location, string path) => Assert.Equal(path, ProjectSchema.Path(location));
}
