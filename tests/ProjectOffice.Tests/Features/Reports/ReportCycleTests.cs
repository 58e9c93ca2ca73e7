using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Reports;

/// <summary>
/// Monitoring reports through the portal on copies of «Инженерный кластер» (2020-02-01 … 2021-12-31; its control
/// events are all still planned, so in March 2021 every event planned in 2020 is late): the whole cycle, refusals,
/// the printed text and the query count.
/// </summary>
[Collection(Portals.Reports)]
public sealed class ReportCycleTests(PortalFactory portal, ITestOutputHelper output)
{
    private const string Period = "2021-03";

    [Fact]
    public async Task Leader_files_curator_returns_leader_fixes_curator_agrees_office_accepts_and_the_report_is_frozen()
    {
        var id = await ImportCopyAsync(portal);
        var url = $"/projects/{id}/reports/{Period}";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        // Submitting with one late event unexplained is refused next to its field, and everything typed stays.
        var fields = Fields(await leader.GetPageAsync(url));
        var lateEvents = fields.Keys.Where(k => k.EndsWith(".Explanation", StringComparison.Ordinal)).ToList();
        Assert.True(lateEvents.Count >= 5, $"late events in the form: {lateEvents.Count}");
        foreach (var key in lateEvents)
        {
            fields[key] = $"Причина {key}";
            fields[key.Replace(".Explanation", ".Measures", StringComparison.Ordinal)] = $"Меры {key}";
        }

        fields[lateEvents[0]] = "";
        fields["Risks"] = "Задержка поставки оборудования";
        fields["Submit"] = "true";
        using (var refused = await leader.PostFormAsync(url, fields, formPage: url))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await PortalClient.ParseAsync(refused);
            var box = page.QuerySelector($"textarea[name='{lateEvents[0]}']")!;
            Assert.Contains("Укажите причину отклонения от срока.", box.ParentElement!.TextContent, StringComparison.Ordinal);
            Assert.Equal($"Меры {lateEvents[0]}", page.QuerySelector($"textarea[name='{lateEvents[0].Replace(".Explanation", ".Measures", StringComparison.Ordinal)}']")!.TextContent);
            Assert.Equal("Задержка поставки оборудования", page.QuerySelector("textarea[name='Risks']")!.TextContent);
        }

        Assert.Null(await StatusOfAsync(id));

        fields[lateEvents[0]] = "Подрядчик сорвал сроки";
        await ExpectRedirectAsync(leader.PostFormAsync(url, fields, formPage: url));
        Assert.Equal(ReportStatus.Submitted, await StatusOfAsync(id));

        // The leader may not agree their own report; the curator returns it with a comment.
        using (var own = await DecideAsync(leader, url, "agree"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        }

        await ExpectRedirectAsync(DecideAsync(curator, url, "curator-return", "Уточните меры по событию 1"));
        Assert.Equal(ReportStatus.Draft, await StatusOfAsync(id));
        var history = (await leader.GetPageAsync(url)).QuerySelector("[data-testid=report-history]")!.TextContent;
        Assert.Contains("Уточните меры по событию 1", history, StringComparison.Ordinal);

        // The leader fixes and files again; the curator agrees.
        fields = Fields(await leader.GetPageAsync(url));
        fields[lateEvents[0].Replace(".Explanation", ".Measures", StringComparison.Ordinal)] = "Новый подрядчик, срок 15.04.2021";
        fields["Submit"] = "true";
        await ExpectRedirectAsync(leader.PostFormAsync(url, fields, formPage: url));
        var curatorPage = await curator.GetPageAsync(url);
        var seenVersion = Version(curatorPage);
        await ExpectRedirectAsync(DecideAsync(curator, url, "agree"));
        Assert.Equal(ReportStatus.Agreed, await StatusOfAsync(id));

        // A stale decision (the page seen before the agreement) changes nothing and says so.
        using (var stale = await office.PostFormAsync($"{url}/accept", new() { ["Version"] = seenVersion, ["Comment"] = "" }, formPage: "/"))
        {
            Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
            Assert.Contains("изменился", (await PortalClient.ParseAsync(stale)).QuerySelector("[data-testid=step-error]")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(ReportStatus.Agreed, await StatusOfAsync(id));
        await ExpectRedirectAsync(DecideAsync(office, url, "accept"));
        Assert.Equal(ReportStatus.Accepted, await StatusOfAsync(id));
        Assert.True(await portal.WithDbAsync(db => db.Journal.AnyAsync(j => j.ProjectId == id && j.EntityType == nameof(ProjectReport)
            && j.Field == nameof(ProjectReport.Status) && j.NewValue == "Принят")));

        // Frozen: an edit answers 409; the reprint reads the snapshot, whatever happens to the live data.
        var before = await leader.Http.GetStringAsync(new Uri($"{url}/forms/report", UriKind.Relative));
        using (var frozen = await leader.PostFormAsync(url, new() { ["Version"] = "0", ["Risks"] = "изменение" }, formPage: "/"))
        {
            Assert.Equal(HttpStatusCode.Conflict, frozen.StatusCode);
        }

        await portal.ChangeAsync(async db =>
        {
            var ev = await db.ControlEvents.Where(e => e.ProjectId == id && e.PlannedDate < new DateOnly(2021, 1, 1)).OrderBy(e => e.Id).FirstAsync();
            ev.Status = ControlEventStatus.Done;
            ev.DoneOn = new DateOnly(2021, 3, 1);
        });
        var after = await leader.Http.GetStringAsync(new Uri($"{url}/forms/report", UriKind.Relative));
        Assert.Equal(before, after);
        Assert.Contains("Подрядчик сорвал сроки", after, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"draft-stamp\"", after, StringComparison.Ordinal);

        // A correction opens revision 2 as a draft; revision 1 stays accepted.
        await ExpectRedirectAsync(DecideAsync(leader, url, "correct", "Опечатка в мерах"));
        var revisions = await portal.WithDbAsync(db => db.ProjectReports.Where(r => r.ProjectId == id).OrderBy(r => r.Revision)
            .Select(r => new { r.Revision, r.Status }).ToListAsync());
        Assert.Equal([(1, ReportStatus.Accepted), (2, ReportStatus.Draft)], revisions.Select(r => (r.Revision, r.Status)));
        // The preview's own links name the revision; the document itself is the one accepted.
        var reprint = await leader.Http.GetStringAsync(new Uri($"{url}/forms/report?revision=1", UriKind.Relative));
        Assert.Equal(before, reprint.Replace("?revision=1", "", StringComparison.Ordinal));
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Printing)]
    public async Task The_printed_report_holds_every_late_events_explanation_and_the_registers_risks()
    {
        var id = await ImportCopyAsync(portal);
        await ArrangeRegisterAsync(id);
        var url = $"/projects/{id}/reports/{Period}";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        var fields = Fields(await leader.GetPageAsync(url));
        var explanations = new List<string>();
        var n = 0;
        foreach (var key in fields.Keys.Where(k => k.EndsWith(".Explanation", StringComparison.Ordinal)).ToList())
        {
            var explanation = $"Пояснение номер {++n} к событию";
            explanations.Add(explanation);
            fields[key] = explanation;
            fields[key.Replace(".Explanation", ".Measures", StringComparison.Ordinal)] = $"Мера {n}";
        }

        await ExpectRedirectAsync(leader.PostFormAsync(url, fields, formPage: url));

        using var response = await leader.Http.GetAsync(new Uri($"{url}/forms/report.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText.Collapse(await PdfText.ReadAsync(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("ОТЧЕТ О ХОДЕ РЕАЛИЗАЦИИ ПРОЕКТА", text, StringComparison.Ordinal);
        Assert.All(explanations, e => Assert.Contains(e, text, StringComparison.Ordinal));
        Assert.Contains("Правило отклонений", text, StringComparison.Ordinal);
        Assert.Contains("Руководитель проекта", text, StringComparison.Ordinal);
        Assert.Contains("СОГЛАСОВАНО", text, StringComparison.Ordinal);
        Assert.Contains(HighRisk, text, StringComparison.Ordinal);
        Assert.Contains(LateProblem, text, StringComparison.Ordinal);
        Assert.Contains("просрочена", text, StringComparison.Ordinal);
        Assert.DoesNotContain(LowRisk, text, StringComparison.Ordinal);

        using var xlsx = await leader.Http.GetAsync(new Uri($"{url}/forms/report.xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains(explanations[0], cells);
        Assert.Contains(HighRisk, cells);
        Assert.Contains(LateProblem, cells);
    }

    [Fact]
    public async Task The_report_lists_the_registers_high_risks_and_open_problems_and_keeps_them_once_accepted()
    {
        var id = await ImportCopyAsync(portal);
        var (riskId, problemId) = await ArrangeRegisterAsync(id);
        var url = $"/projects/{id}/reports/{Period}";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        // The leader's own words stay; the register's lines follow them, the late problem marked, the low risk left out.
        var page = await leader.GetPageAsync(url);
        var table = page.QuerySelector("[data-testid=report-risks]")!;
        Assert.Contains(HighRisk, table.TextContent, StringComparison.Ordinal);
        Assert.Contains("критический", table.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(LowRisk, table.TextContent, StringComparison.Ordinal);
        var late = table.QuerySelectorAll("tr.late").Single();
        Assert.Contains(LateProblem, late.TextContent, StringComparison.Ordinal);
        Assert.Contains("просрочена", late.TextContent, StringComparison.Ordinal);
        Assert.Contains("Перераспределить средства", late.TextContent, StringComparison.Ordinal);

        // Filed, agreed and accepted: the accepted report keeps the register as it stood, whatever happens to it after.
        var fields = Fields(page);
        foreach (var key in fields.Keys.Where(k => k.EndsWith(".Explanation", StringComparison.Ordinal)).ToList())
        {
            fields[key] = "Причина";
            fields[key.Replace(".Explanation", ".Measures", StringComparison.Ordinal)] = "Меры";
        }

        fields["Risks"] = "Слова руководителя о рисках";
        fields["Submit"] = "true";
        await ExpectRedirectAsync(leader.PostFormAsync(url, fields, formPage: url));
        await ExpectRedirectAsync(DecideAsync(curator, url, "agree"));
        await ExpectRedirectAsync(DecideAsync(office, url, "accept"));
        await portal.ChangeAsync(async db =>
        {
            (await db.Risks.SingleAsync(r => r.Id == riskId)).Status = RiskStatus.Closed;
            (await db.ProjectProblems.SingleAsync(p => p.Id == problemId)).Status = ProblemStatus.Resolved;
        });

        var reprint = (await office.GetPageAsync($"{url}/forms/report")).Body!.TextContent;
        Assert.Contains("Слова руководителя о рисках", reprint, StringComparison.Ordinal);
        Assert.Contains(HighRisk, reprint, StringComparison.Ordinal);
        Assert.Contains(LateProblem, reprint, StringComparison.Ordinal);

        // The card draws each indicator's target and actual by year with the report's chart renderer.
        await portal.ChangeAsync(async db =>
        {
            db.Indicators.Add(new ProjectOffice.Domain.Projects.Indicator
            {
                ProjectId = id, Name = "Показатель для графика", Unit = "ед.", SortOrder = 100,
                Values = [new ProjectOffice.Domain.Projects.IndicatorValue { Year = 2021, PlannedText = "10", Planned = 10 }],
                Actuals = [new ProjectOffice.Domain.Projects.IndicatorActual { Year = 2021, ValueText = "5", Value = 5 }],
            });
            await Task.CompletedTask;
        });
        var card = await leader.GetPageAsync($"/projects/{id}");
        Assert.NotNull(card.QuerySelector("[data-testid=indicator-charts] svg.indicator-chart line.target"));
        Assert.Contains(card.QuerySelectorAll("[data-testid=indicator-charts] svg rect.actual"), r => r.GetAttribute("height") != "0");

        // A report not accepted yet shows the register as it is now: nothing open any more.
        var draft = await leader.GetPageAsync($"/projects/{id}/reports/2021-04");
        Assert.Null(draft.QuerySelector("[data-testid=report-risks]"));
    }

    [Fact]
    public async Task Refusals_by_role_and_bad_input()
    {
        var id = await ImportCopyAsync(portal);
        var url = $"/projects/{id}/reports/{Period}";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        using var methodist = await portal.SignInAsAsync(DemoUsers.Methodist);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);

        using (var response = await methodist.PostFormAsync(url, new() { ["Version"] = "0", ["Risks"] = "x" }, formPage: "/"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var response = await curator.PostFormAsync(url, new() { ["Version"] = "0", ["Risks"] = "x" }, formPage: "/"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        using (var response = await leader.Http.GetAsync(new Uri("/projects/999999/reports/2021-03", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await leader.Http.GetAsync(new Uri($"/projects/{id}/reports/2021-13", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // Before the project's start: refused with a message next to the period field.
        var list = await leader.GetPageAsync($"/projects/{id}/reports?period=2020-01");
        Assert.Contains("Проект начинается 01.02.2020", list.QuerySelector("[data-testid=period-error]")!.TextContent, StringComparison.Ordinal);
        using (var late = await leader.Http.GetAsync(new Uri($"/projects/{id}/reports/2022-Q1", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
            var page = await leader.GetPageAsync(late.Headers.Location!.OriginalString);
            Assert.Contains("Проект завершен 31.12.2021", page.QuerySelector("[data-testid=period-error]")!.TextContent, StringComparison.Ordinal);
        }

        // A negative amount is refused next to its field, the text kept; an amount above the plan is taken and flagged.
        var fields = Fields(await leader.GetPageAsync(url));
        var budgetKey = fields.Keys.First(k => k.StartsWith("Budget[", StringComparison.Ordinal) && k.EndsWith(".ExecutedText", StringComparison.Ordinal));
        fields[budgetKey] = "-1,5";
        fields["Proposals"] = "Предложение сохранится";
        using (var response = await leader.PostFormAsync(url, fields, formPage: url))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await PortalClient.ParseAsync(response);
            var input = (IHtmlInputElement)page.QuerySelector($"input[name='{budgetKey}']")!;
            Assert.Equal("-1,5", input.Value);
            Assert.Contains("не может быть отрицательной", input.ParentElement!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Предложение сохранится", page.QuerySelector("textarea[name='Proposals']")!.TextContent);
        }

        Assert.Null(await StatusOfAsync(id));
        fields[budgetKey] = "2,5";
        await ExpectRedirectAsync(leader.PostFormAsync(url, fields, formPage: url));
        var shown = await leader.GetPageAsync(url);
        Assert.Contains("исполнение выше годового плана", shown.QuerySelector("[data-testid=report-budget]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_page_reads_a_fixed_number_of_queries_whatever_the_plan_size()
    {
        var id = await ImportCopyAsync(portal);
        var url = $"/projects/{id}/reports/{Period}";
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);
        await leader.GetPageAsync(url);

        var small = await CountAsync(leader, url);
        await portal.ChangeAsync(db =>
        {
            for (var i = 0; i < 300; i++)
            {
                db.ControlEvents.Add(new ControlEvent { ProjectId = id, Name = $"Событие {i}", PlannedDate = new DateOnly(2021, 3, 1 + (i % 28)), SortOrder = 1000 + i });
            }

            return Task.CompletedTask;
        });
        var large = await CountAsync(leader, url);

        output.WriteLine($"report page: {small} queries (19 events), {large} queries (319 events)");
        Assert.Equal(small, large);
        Assert.True(large <= 25, $"{large} queries");
    }

    [Fact]
    public async Task The_demo_cluster_has_an_accepted_report_and_a_draft_with_its_late_events_explained()
    {
        var demo = await portal.WithDbAsync(db => db.Projects.Where(p => p.Name == "Инженерный кластер").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var list = (await office.GetPageAsync($"/projects/{demo}/reports")).QuerySelector("[data-testid=reports]")!;
        Assert.Contains("Принят", list.QuerySelector("tr[data-period='2021-05']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Черновик", list.QuerySelector("tr[data-period='2021-06']")!.TextContent, StringComparison.Ordinal);
        var draft = await office.GetPageAsync($"/projects/{demo}/reports/2021-06");
        var late = draft.QuerySelectorAll("[data-testid=report-events] tr.late").ToList();
        Assert.NotEmpty(late);
        Assert.All(late, row => Assert.Contains("Отметка о выполнении не внесена", row.TextContent, StringComparison.Ordinal));
    }

    private const string HighRisk = "Срыв поставки лабораторного оборудования";
    private const string LowRisk = "Незначительная задержка согласования";
    private const string LateProblem = "Подрядчик не вышел на объект";

    /// <summary>A critical and a low risk and a problem whose deadline has passed, in the project's register.</summary>
    private async Task<(int RiskId, int ProblemId)> ArrangeRegisterAsync(int projectId)
    {
        var high = new Risk { ProjectId = projectId, Title = HighRisk, Probability = 4, Impact = 5, SortOrder = 1 };
        var low = new Risk { ProjectId = projectId, Title = LowRisk, Probability = 1, Impact = 2, SortOrder = 2 };
        var problem = new ProjectProblem
        {
            ProjectId = projectId, Title = LateProblem, Decision = "Перераспределить средства", Deadline = new DateOnly(2021, 3, 15), SortOrder = 1,
        };
        await portal.ChangeAsync(db =>
        {
            db.Risks.AddRange(high, low);
            db.ProjectProblems.Add(problem);
            return Task.CompletedTask;
        });
        return (high.Id, problem.Id);
    }

    private async Task<int> CountAsync(PortalClient client, string url)
    {
        using var counter = new QueryCounter(portal.ConnectionString);
        var page = await client.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("[data-testid=report-events]"));
        return counter.Count;
    }

    private Task<ReportStatus?> StatusOfAsync(int projectId) => portal.WithDbAsync(db => db.ProjectReports
        .Where(r => r.ProjectId == projectId && r.Period == Period).OrderByDescending(r => r.Revision)
        .Select(r => (ReportStatus?)r.Status).FirstOrDefaultAsync());

    private static async Task<HttpResponseMessage> DecideAsync(PortalClient client, string url, string step, string? comment = null)
    {
        var version = Version(await client.GetPageAsync(url));
        return await client.PostFormAsync($"{url}/{step}", new() { ["Version"] = version, ["Comment"] = comment ?? "" }, formPage: "/");
    }

    private static string Version(IDocument page) =>
        page.QuerySelectorAll<IHtmlInputElement>("input[name='Version']").LastOrDefault()?.Value ?? "0";

    private static async Task ExpectRedirectAsync(Task<HttpResponseMessage> post)
    {
        using var response = await post;
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await PortalClient.ParseAsync(response);
            var errors = string.Join(" | ", page.QuerySelectorAll(".field-validation-error, .alert-danger, [data-testid=step-error]").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            Assert.Fail($"Expected a redirect, got {(int)response.StatusCode}: {errors}");
        }
    }

    /// <summary>The report form's fields as the browser would post them.</summary>
    private static Dictionary<string, string> Fields(IDocument page)
    {
        var form = page.QuerySelector("[data-testid=report-form]") ?? throw new InvalidOperationException("No report form on the page");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]").Where(i => i.Name != "__RequestVerificationToken"))
        {
            fields[input.Name!] = input.Value;
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            fields[area.Name!] = area.Value;
        }

        return fields;
    }
}
