using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Tests.Features.Passport;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ProjectOffice.Tests.Features.Risks;

/// <summary>The risk and problem register through the portal: editing by role, refusals, the passport link, the print, the JSON.</summary>
[Collection(Portals.Projects)]
public sealed class RiskRegisterTests(PortalFactory portal, ITestOutputHelper output)
{
    private const string Municipal = "Инженерный кластер";

    [Fact]
    public async Task Leader_adds_a_risk_with_a_measure_linked_to_the_plan_and_the_change_is_journalled()
    {
        var (id, itemId, _) = await ArrangeAsync("Реестр: добавление", withRisk: false);
        var owner = await PassportArrange.LinkedPersonAsync(portal, DemoUsers.Leader);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var response = await leader.PostFormAsync($"/projects/{id}/risks/new", RiskFields(owner, itemId, new()
        {
            ["Form.Title"] = "Срыв поставки оборудования",
            ["Form.Probability"] = "4",
            ["Form.Impact"] = "5",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var risk = await ReadAsync(db => db.Risks.AsNoTracking().Include(r => r.Measures).Include(r => r.History).SingleAsync(r => r.ProjectId == id));
        Assert.Equal(("Срыв поставки оборудования", 4, 5, owner, RiskStatus.Open), (risk.Title, risk.Probability, risk.Impact, risk.OwnerPersonId!.Value, risk.Status));
        Assert.Equal(itemId, Assert.Single(risk.Measures).PlanItemId);
        Assert.Equal(RiskStatus.Open, Assert.Single(risk.History).To);
        Assert.True(await ReadAsync(db => db.Journal.AnyAsync(j => j.ProjectId == id && j.EntityType == nameof(Risk) && j.Action == JournalAction.Create)));
        var page = await leader.GetPageAsync($"/projects/{id}/risks");
        var row = page.QuerySelector($"[data-risk='{risk.Id}']")!;
        Assert.Equal("Critical", row.GetAttribute("data-level"));
        Assert.Contains("20 критический", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("[data-testid=risk-heatmap] g[data-p='4'][data-i='5']")!.GetAttribute("data-count"));
    }

    [Fact]
    public async Task A_risk_that_happens_becomes_a_problem_and_a_late_problem_shows_on_the_dashboard()
    {
        var (id, _, riskId) = await ArrangeAsync("Реестр: реализовавшийся риск", withRisk: true);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var fields = (await leader.GetPageAsync($"/projects/{id}/risks/{riskId}/edit")).Fields();
        fields["Form.Status"] = nameof(RiskStatus.Occurred);
        fields["Form.StatusComment"] = "Поставщик отказался";

        var moved = await leader.PostFormAsync($"/projects/{id}/risks/{riskId}/edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var problem = await ReadAsync(db => db.ProjectProblems.AsNoTracking().SingleAsync(p => p.RiskId == riskId));
        Assert.EndsWith($"/problems/{problem.Id}/edit", moved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var problemFields = (await leader.GetPageAsync($"/projects/{id}/problems/{problem.Id}/edit")).Fields();
        problemFields["Form.Decision"] = "Найти другого поставщика";
        problemFields["Form.Deadline"] = "01.03.2021";
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync($"/projects/{id}/problems/{problem.Id}/edit", problemFields)).StatusCode);
        var history = await ReadAsync(db => db.RiskStatusChanges.AsNoTracking().Where(h => h.RiskId == riskId).OrderBy(h => h.Id).ToListAsync());
        Assert.Equal((RiskStatus.Open, RiskStatus.Occurred, "Поставщик отказался"), (history[^1].From!.Value, history[^1].To, history[^1].Comment!));
        var dashboard = await leader.GetPageAsync("/dashboard");
        var late = dashboard.QuerySelector("[data-testid=late-problems]");
        Assert.NotNull(late);
        Assert.Contains(problem.Title, late.TextContent, StringComparison.Ordinal);
        var register = await leader.GetPageAsync($"/projects/{id}/risks");
        Assert.Equal("true", register.QuerySelector($"[data-problem='{problem.Id}']")!.GetAttribute("data-late"));
    }

    [Theory]
    [InlineData("methodist")]
    [InlineData("viewer")]
    [InlineData("curator")]
    public async Task Others_get_403_on_every_edit_and_the_register_is_unchanged(string userName)
    {
        var (id, _, riskId) = await ArrangeAsync($"Реестр: чужой {userName}", withRisk: true, noLeader: true);
        var before = await RegisterAsync(id);
        var version = before.Risks[0].Version.ToString(CultureInfo.InvariantCulture);
        using var client = await portal.SignInAsAsync(DemoUsers.All.Single(u => u.UserName == userName));
        var forged = new Dictionary<string, string>
        {
            ["Form.Version"] = version, ["Form.Title"] = "Взлом", ["Form.Probability"] = "1", ["Form.Impact"] = "1",
            ["Form.Kind"] = "External", ["Form.Strategy"] = "Accept", ["Form.Status"] = "Closed",
        };

        HttpStatusCode[] codes =
        [
            (await client.PostFormAsync($"/projects/{id}/risks/new", forged, formPage: "/")).StatusCode,
            (await client.PostFormAsync($"/projects/{id}/risks/{riskId}/edit", forged, formPage: "/")).StatusCode,
            (await client.PostFormAsync($"/projects/{id}/problems/new", forged, formPage: "/")).StatusCode,
            (await client.PostFormAsync($"/projects/{id}/risks/from-passport", new(), formPage: "/")).StatusCode,
            (await client.Http.GetAsync(new Uri($"/projects/{id}/risks/{riskId}/edit", UriKind.Relative))).StatusCode,
        ];

        Assert.All(codes, code => Assert.Equal(HttpStatusCode.Forbidden, code));
        Assert.Equal(Describe(before), Describe(await RegisterAsync(id)));
        using var read = await client.Http.GetAsync(new Uri($"/projects/{id}/risks", UriKind.Relative));
        Assert.Equal(userName == "methodist" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task A_missing_project_is_404_before_403()
    {
        using var viewer = await portal.SignInAsAsync(DemoUsers.Viewer);

        using var response = await viewer.Http.GetAsync(new Uri("/projects/987654/risks/new", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_refused_next_to_each_field_and_nothing_is_saved()
    {
        var (id, _, _) = await ArrangeAsync("Реестр: ошибки ввода", withRisk: false);
        var (_, foreignItem, _) = await ArrangeAsync("Реестр: чужой план", withRisk: false);
        var stranger = await ReadAsync(async db =>
        {
            var person = new global::ProjectOffice.Domain.Reference.Person { FullName = "Посторонний Пётр Петрович" };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var response = await leader.PostFormAsync($"/projects/{id}/risks/new", RiskFields(stranger, foreignItem, new()
        {
            ["Form.Title"] = "Риск с ошибками",
            ["Form.Probability"] = "7",
            ["Form.Impact"] = "0",
            ["Form.ReviewDate"] = "01.01.2025",
        }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        string Error(string field) => page.QuerySelector($"[data-valmsg-for='Form.{field}']")?.TextContent.Trim() ?? "";
        Assert.Equal("Вероятность: оценка от 1 до 5.", Error("Probability"));
        Assert.Equal("Влияние: оценка от 1 до 5.", Error("Impact"));
        Assert.Equal("Дата пересмотра должна быть в сроке проекта: с 01.02.2020 по 31.12.2021.", Error("ReviewDate"));
        Assert.Equal("Владелец риска должен быть участником команды проекта.", Error("OwnerPersonId"));
        Assert.Equal("Мера может ссылаться только на мероприятие плана этого проекта.", Error("Measures[0].Link"));
        Assert.Equal("Риск с ошибками", page.QuerySelector("textarea[name='Form.Title']")!.TextContent.Trim());
        Assert.False(await ReadAsync(db => db.Risks.AnyAsync(r => r.ProjectId == id)));
    }

    [Fact]
    public async Task A_stale_edit_changes_nothing_and_says_so()
    {
        var (id, _, riskId) = await ArrangeAsync("Реестр: устаревшая форма", withRisk: true);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var stale = (await leader.GetPageAsync($"/projects/{id}/risks/{riskId}/edit")).Fields();
        var fresh = new Dictionary<string, string>(stale) { ["Form.Title"] = "Первое изменение" };
        Assert.Equal(HttpStatusCode.Redirect, (await leader.PostFormAsync($"/projects/{id}/risks/{riskId}/edit", fresh)).StatusCode);
        stale["Form.Measures[0].Text"] = "Мера из устаревшей формы";

        var response = await leader.PostFormAsync($"/projects/{id}/risks/{riskId}/edit", stale);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("изменил другой пользователь", (await PortalClient.ParseAsync(response)).QuerySelector("[data-testid=form-errors]")!.TextContent, StringComparison.Ordinal);
        var risk = await ReadAsync(db => db.Risks.AsNoTracking().Include(r => r.Measures).SingleAsync(r => r.Id == riskId));
        Assert.Equal("Первое изменение", risk.Title);
        Assert.Equal("Обучить команду", Assert.Single(risk.Measures).Text);
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Printing)]
    public async Task Demo_register_is_item_22_line_for_line_and_the_printed_passport_is_unchanged()
    {
        // The seeded project is the first of its name (other tests of a shared host may import copies).
        var id = await ReadAsync(db => db.Projects.Where(p => p.Name == Municipal).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var passportBefore = PdfText.Collapse(await PdfText.ReadAsync(await DownloadAsync(office, $"/projects/{id}/forms/passport.pdf")));
        var lines = await ReadAsync(db => db.ProjectListItems.AsNoTracking()
            .Where(i => i.ProjectId == id && (i.Kind == ListItemKind.ExternalRisk || i.Kind == ListItemKind.InternalRisk))
            .OrderBy(i => i.Kind).ThenBy(i => i.SortOrder).Select(i => new { i.Kind, i.Text }).ToListAsync());
        var risks = (await RegisterAsync(id)).Risks;

        Assert.Equal(4, risks.Count);
        Assert.Equal(lines.Select(l => l.Text), risks.Select(r => r.PassportText));
        Assert.Equal(
            lines.Select(l => l.Kind == ListItemKind.ExternalRisk ? RiskKind.External : RiskKind.Internal),
            risks.Select(r => r.Kind));
        // Editing the register does not reach the passport: the printed item 22 stays word for word.
        var fields = (await office.GetPageAsync($"/projects/{id}/risks/{risks[0].Id}/edit")).Fields();
        fields["Form.Title"] = "Инвестиции не поступили в срок";
        fields["Form.Probability"] = "5";
        Assert.Equal(HttpStatusCode.Redirect, (await office.PostFormAsync($"/projects/{id}/risks/{risks[0].Id}/edit", fields)).StatusCode);
        var passportAfter = PdfText.Collapse(await PdfText.ReadAsync(await DownloadAsync(office, $"/projects/{id}/forms/passport.pdf")));
        Assert.Equal(passportBefore, passportAfter);
        Assert.Contains("- отсутствие инвестиций, направленных на материально-техническое обеспечение", passportAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("Инвестиции не поступили в срок", passportAfter, StringComparison.Ordinal);
        var card = await office.GetPageAsync($"/projects/{id}");
        Assert.Contains("открытых рисков — 4", card.QuerySelector("[data-testid=risk-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Leader_creates_the_register_from_the_passport_once()
    {
        var (id, _, _) = await ArrangeAsync("Реестр из паспорта", withRisk: false, arrange: p => p.ListItems.AddRange(
            new ProjectListItem { Kind = ListItemKind.ExternalRisk, Text = "рост цен", SortOrder = 0 },
            new ProjectListItem { Kind = ListItemKind.InternalRisk, Text = "нехватка кадров", SortOrder = 0 }));
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        Assert.NotNull((await leader.GetPageAsync($"/projects/{id}/risks")).QuerySelector("[data-testid=from-passport]"));

        await leader.PostFormAsync($"/projects/{id}/risks/from-passport", new(), formPage: $"/projects/{id}/risks");
        await leader.PostFormAsync($"/projects/{id}/risks/from-passport", new(), formPage: $"/projects/{id}/risks/new");

        var risks = (await RegisterAsync(id)).Risks;
        Assert.Equal([("Рост цен", RiskKind.External), ("Нехватка кадров", RiskKind.Internal)], risks.Select(r => (r.Title, r.Kind)));
        Assert.All(risks, r => Assert.NotNull(r.OwnerPersonId));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Printing)]
    public async Task Register_prints_as_pdf_and_xlsx_from_the_same_model_and_is_listed_with_the_forms()
    {
        var (id, _, _) = await ArrangeAsync("Реестр: печать", withRisk: true);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var watch = Stopwatch.StartNew();
        var pdf = await DownloadAsync(leader, $"/projects/{id}/forms/risks.pdf");
        var pdfTime = watch.ElapsedMilliseconds;
        watch.Restart();
        var xlsx = await DownloadAsync(leader, $"/projects/{id}/forms/risks.xlsx");
        var xlsxTime = watch.ElapsedMilliseconds;
        watch.Restart();
        var preview = await leader.GetPageAsync($"/projects/{id}/forms/risks");
        output.WriteLine($"risks.pdf {pdfTime} ms ({pdf.Length} bytes), risks.xlsx {xlsxTime} ms, preview {watch.ElapsedMilliseconds} ms (first requests of the host)");

        var text = PdfText.Collapse(await PdfText.ReadAsync(pdf));
        string[] inOrder = ["РЕЕСТР РИСКОВ И ПРОБЛЕМ", "проекта «Реестр: печать»", "Карта рисков", "Проблем нет.", "Руководитель проекта"];
        var at = 0;
        foreach (var words in inOrder)
        {
            at = text.IndexOf(words, at, StringComparison.Ordinal);
            Assert.True(at >= 0, $"«{words}» is missing from the register PDF, or out of order: {text}");
        }

        // Table cells may come out of the PDF in any order across a row: these are checked for presence only.
        foreach (var words in new[] { "Отсутствие финансирования", "Причина: сокращение бюджета", "снизить", "Обучить команду", "критический", "открыт", "Л.Г." })
        {
            Assert.Contains(words, text, StringComparison.Ordinal);
        }

        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("РЕЕСТР РИСКОВ И ПРОБЛЕМ", cells);
        Assert.Contains(cells, c => c.StartsWith("Отсутствие финансирования", StringComparison.Ordinal));
        Assert.Contains("16 критический", cells);
        Assert.Equal("1", preview.QuerySelector("[data-testid=risk-heatmap] g[data-p='4'][data-i='4']")!.GetAttribute("data-count"));
        var forms = await leader.GetPageAsync($"/projects/{id}/forms");
        Assert.NotNull(forms.QuerySelector("[data-form='risks']"));
        Assert.NotNull(forms.QuerySelector("[data-testid=tab-risks]"));
    }

    [Fact]
    public async Task Json_round_trip_keeps_the_register_and_a_document_without_it_imports_as_before()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (id, _, riskId) = await ArrangeAsync("Реестр: обмен", withRisk: true);
        db.ProjectProblems.Add(new ProjectProblem { ProjectId = id, RiskId = riskId, Title = "Проблема обмена", Deadline = new DateOnly(2021, 5, 1) });
        await db.SaveChangesAsync();

        var first = await ExportAsync(db, id);
        var imported = await ProjectImport.ImportJsonAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(first)), CancellationToken.None);
        Assert.Empty(imported.Problems);
        db.ChangeTracker.Clear();
        var second = await ExportAsync(db, imported.Project!.Id);

        Assert.Equal(first, second);
        using var document = JsonDocument.Parse(first);
        var register = document.RootElement.GetProperty("project").GetProperty("riskRegister");
        Assert.Equal("Отсутствие финансирования", register.GetProperty("risks")[0].GetProperty("title").GetString());
        Assert.Equal("rk1", register.GetProperty("problems")[0].GetProperty("risk").GetString());
        var copy = await db.Risks.AsNoTracking().Include(r => r.Measures).SingleAsync(r => r.ProjectId == imported.Project.Id);
        Assert.NotNull(Assert.Single(copy.Measures).PlanItemId);

        // The demo file as written before the register existed, renamed so that the shared database keeps one «Инженерный кластер».
        var old = (await JsonNode.ParseAsync(DemoProjectSeeder.OpenDemoFile("engineering-cluster.json")))!;
        old["project"]!["name"] = "Инженерный кластер без реестра";
        var withoutRegister = await ProjectImport.ImportJsonAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(old.ToJsonString())), CancellationToken.None);
        Assert.Empty(withoutRegister.Problems);
        Assert.False(await db.Risks.AnyAsync(r => r.ProjectId == withoutRegister.Project!.Id));
    }

    [Fact]
    public async Task A_register_with_a_mark_out_of_scale_does_not_import()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (id, _, _) = await ArrangeAsync("Реестр: плохой импорт", withRisk: true);
        var json = (await ExportAsync(db, id)).Replace("\"probability\": 4", "\"probability\": 9", StringComparison.Ordinal);

        var outcome = await ProjectImport.ImportJsonAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);

        Assert.Null(outcome.Project);
        Assert.Contains(outcome.Problems, p => p.Path == "$.project.riskRegister.risks[0].probability");
    }

    /// <summary>A project 01.02.2020–31.12.2021 led by the leader account, with one plan item and (optionally) one risk.</summary>
    private async Task<(int Id, int PlanItemId, int RiskId)> ArrangeAsync(
        string name, bool withRisk, Action<Project>? arrange = null, bool noLeader = false)
    {
        var id = await PassportArrange.ProjectAsync(portal, name, leader: noLeader ? null : DemoUsers.Leader, arrange: p =>
        {
            // A stage of the plan stands for a stage of the passport (the format's schema requires it).
            p.Stages.Add(new Stage { Name = "Подготовительный этап", StartDate = new(2020, 2, 1), EndDate = new(2021, 12, 31), SortOrder = 0 });
            p.PlanItems.Add(new PlanItem { Kind = PlanItemKind.Stage, Name = "Подготовительный этап", SortOrder = 0 });
            arrange?.Invoke(p);
        });
        return await ReadAsync(async db =>
        {
            var item = await db.PlanItems.SingleAsync(i => i.ProjectId == id);
            item.StageId = await db.Stages.Where(s => s.ProjectId == id).Select(s => s.Id).SingleAsync();
            await db.SaveChangesAsync();
            var itemId = item.Id;
            if (!withRisk)
            {
                return (id, itemId, 0);
            }

            var owner = await db.ProjectMembers.Where(m => m.ProjectId == id).Select(m => m.PersonId).FirstOrDefaultAsync();
            var risk = new Risk
            {
                ProjectId = id, Title = "Отсутствие финансирования", Cause = "сокращение бюджета", Probability = 4, Impact = 4,
                OwnerPersonId = owner, Strategy = RiskStrategy.Mitigate,
                Measures = [new RiskMeasure { Text = "Обучить команду", PlanItemId = itemId }],
                History = [new RiskStatusChange { At = DateTimeOffset.UtcNow, To = RiskStatus.Open, UserName = "Тест" }],
            };
            db.Risks.Add(risk);
            await db.SaveChangesAsync();
            return (id, itemId, risk.Id);
        });
    }

    private static Dictionary<string, string> RiskFields(int owner, int planItemId, Dictionary<string, string> values)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Version"] = "0", ["Form.Kind"] = nameof(RiskKind.External), ["Form.OwnerPersonId"] = owner.ToString(CultureInfo.InvariantCulture),
            ["Form.Strategy"] = nameof(RiskStrategy.Mitigate), ["Form.Status"] = nameof(RiskStatus.Open), ["Form.ReviewDate"] = "01.06.2021",
            ["Form.Measures[0].Text"] = "Заключить договор заранее",
            ["Form.Measures[0].Link"] = "plan:" + planItemId.ToString(CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        return fields;
    }

    private async Task<(List<Risk> Risks, List<ProjectProblem> Problems)> RegisterAsync(int id) => await ReadAsync(async db =>
        (await db.Risks.AsNoTracking().Include(r => r.Measures).Where(r => r.ProjectId == id).OrderBy(r => r.SortOrder).ThenBy(r => r.Id).ToListAsync(),
         await db.ProjectProblems.AsNoTracking().Where(p => p.ProjectId == id).ToListAsync()));

    private static string Describe((List<Risk> Risks, List<ProjectProblem> Problems) register) =>
        string.Join("|", register.Risks.Select(r => $"{r.Id}:{r.Title}:{r.Probability}:{r.Impact}:{r.Status}:{r.Version}:{r.Measures.Count}"))
        + "#" + string.Join("|", register.Problems.Select(p => $"{p.Id}:{p.Title}"));

    private Task<T> ReadAsync<T>(Func<AppDbContext, Task<T>> read) => portal.WithDbAsync(read);

    private static async Task<byte[]> DownloadAsync(PortalClient client, string url)
    {
        using var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> ExportAsync(AppDbContext db, int id) =>
        JsonSerializer.Serialize(await new ProjectExporter(db).ExportAsync(id, CancellationToken.None), ProjectDocument.JsonOptions);
}
