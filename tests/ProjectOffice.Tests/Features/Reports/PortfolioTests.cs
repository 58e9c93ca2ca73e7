using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Tests.Infrastructure;
using Xunit.Abstractions;
using static ProjectOffice.Tests.ApprovalTestData;

namespace ProjectOffice.Tests.Features.Reports;

/// <summary>The portfolio and the office summary over copies of the demo projects.</summary>
[Collection(Portals.Reports)]
public sealed class PortfolioTests(PortalFactory portal, ITestOutputHelper output)
{
    [Fact]
    public async Task The_office_sees_every_project_with_its_lights_and_a_curator_only_theirs()
    {
        var cluster = await ImportCopyAsync(portal);
        var other = await ImportAsync("success-of-every-child.json");
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        using var curator = await portal.SignInAsAsync(DemoUsers.Curator);
        using var leader = await portal.SignInAsAsync(DemoUsers.Leader);

        var page = await office.GetPageAsync("/portfolio?period=2021-03&year=2021");
        var row = page.QuerySelector($"[data-testid=portfolio] tr[data-project='{cluster}']")!;
        Assert.Contains("красный", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Не представлен", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"[data-testid=portfolio] tr[data-project='{other}']"));
        Assert.NotNull(page.QuerySelector("[data-testid=portfolio-chart] svg rect.budget"));
        Assert.Contains("Правило отклонений", page.Body!.TextContent, StringComparison.Ordinal);

        var mine = await curator.GetPageAsync("/portfolio?period=2021-03");
        Assert.NotNull(mine.QuerySelector($"[data-testid=portfolio] tr[data-project='{cluster}']"));
        Assert.Null(mine.QuerySelector($"[data-testid=portfolio] tr[data-project='{other}']"));

        using var refused = await leader.Http.GetAsync(new Uri("/portfolio", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_late_problem_of_the_register_counts_as_late_in_its_portfolio_row()
    {
        var late = await ImportCopyAsync(portal);
        var onTime = await ImportCopyAsync(portal);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ProjectProblems.AddRange(
                new ProjectProblem { ProjectId = late, Title = "Сорван срок поставки", Deadline = new DateOnly(2021, 3, 1) },
                new ProjectProblem { ProjectId = late, Title = "Решена вовремя", Deadline = new DateOnly(2021, 2, 1), Status = ProblemStatus.Resolved },
                new ProjectProblem { ProjectId = onTime, Title = "Срок после периода", Deadline = new DateOnly(2021, 4, 15) });
            await db.SaveChangesAsync();
        }

        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var page = await office.GetPageAsync("/portfolio?period=2021-03&year=2021");

        Assert.Equal("проблем: 1", page.QuerySelector($"tr[data-project='{late}'] [data-testid=late-problems]")?.TextContent.Trim());
        Assert.Null(page.QuerySelector($"tr[data-project='{onTime}'] [data-testid=late-problems]"));
    }

    [Fact]
    public async Task The_portfolio_shows_each_projects_highest_risk_and_sorts_and_filters_in_the_database()
    {
        var critical = await ImportCopyAsync(portal);
        var quiet = await ImportCopyAsync(portal);
        await portal.ChangeAsync(db =>
        {
            db.Risks.AddRange(
                new Risk { ProjectId = critical, Title = "Критический риск портфеля", Probability = 5, Impact = 4 },
                new Risk { ProjectId = critical, Title = "Низкий риск портфеля", Probability = 1, Impact = 1 },
                new Risk { ProjectId = quiet, Title = "Закрытый риск портфеля", Probability = 5, Impact = 5, Status = RiskStatus.Closed });
            return Task.CompletedTask;
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var filtered = await office.GetPageAsync("/portfolio?period=2021-03&risk=Critical&sort=risk");
        var row = filtered.QuerySelector($"[data-testid=portfolio] tr[data-project='{critical}']")!;
        Assert.Equal("критический", row.QuerySelector("[data-testid=highest-risk]")!.TextContent.Trim());
        Assert.Null(filtered.QuerySelector($"[data-testid=portfolio] tr[data-project='{quiet}']"));

        // Orders computed by the database: every page is in order (whatever other tests' projects are there).
        var levels = Enum.GetValues<RiskLevel>().ToDictionary(RiskLabels.Level, l => (int)l);
        var byRisk = await office.GetPageAsync("/portfolio?period=2021-03&sort=risk");
        var shown = byRisk.QuerySelectorAll("[data-testid=portfolio] tbody tr [data-testid=highest-risk]")
            .Select(c => levels.GetValueOrDefault(c.TextContent.Trim())).ToList();
        Assert.Equal(shown.OrderByDescending(l => l), shown);
        var byLate = await office.GetPageAsync("/portfolio?period=2021-03&sort=late");
        // The cell holds the late events' count, then the register's late problems («проблем: 1») when there are any.
        var late = byLate.QuerySelectorAll("[data-testid=portfolio] tbody tr")
            .Select(r => int.Parse(r.Children[4].TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(late.OrderByDescending(n => n), late);
        var total = int.Parse(byLate.QuerySelector("[data-testid=portfolio-total]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(late.Count == Math.Min(total, 50), $"{late.Count} rows of {total}");

        // The budget: the count and the page's rows (heads, events, plans, indicators, reports), the risk summary (two),
        // the filter lists (two), the menu's; a sort by late events, the events' light or the risk adds the grouped
        // figure (two for the light) and the filtered ids it ranks.
        foreach (var sort in new[] { "name", "late", "risk", "report", "events", "indicators" })
        {
            using var counter = new QueryCounter(portal.ConnectionString);
            Assert.NotNull((await office.GetPageAsync($"/portfolio?period=2021-03&sort={sort}")).QuerySelector("[data-testid=portfolio]"));
            output.WriteLine($"portfolio sorted by {sort}: {counter.Count} queries");
            Assert.True(counter.Count <= PortfolioBudget, $"sort={sort}: {counter.Count} queries > {PortfolioBudget}\n{counter.Log}");
        }
    }

    [Fact]
    [Trait(TestCategory.Name, TestCategory.Printing)]
    public async Task The_portfolio_reads_a_fixed_number_of_queries_and_exports_the_same_rows()
    {
        using var office = await portal.SignInAsAsync(DemoUsers.Office);
        var first = await ImportCopyAsync(portal);
        await office.GetPageAsync("/portfolio?period=2021-03");
        var few = await CountAsync(office);
        for (var i = 0; i < 5; i++)
        {
            await ImportCopyAsync(portal);
        }

        var more = await CountAsync(office);
        output.WriteLine($"portfolio: {few} queries before, {more} after five more projects");
        Assert.Equal(few, more);
        Assert.True(more <= PortfolioBudget, $"{more} queries > {PortfolioBudget}");

        using var xlsx = await office.Http.GetAsync(new Uri("/portfolio.xlsx?period=2021-03", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var cells = workbook.Worksheet(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Contains("СВОДНЫЙ ОТЧЕТ О ХОДЕ РЕАЛИЗАЦИИ ПРОЕКТОВ", cells);
        Assert.Contains("Инженерный кластер", cells);

        var summary = await office.GetPageAsync("/reports/2021-03/summary");
        Assert.NotNull(summary.QuerySelector($"[data-testid=summary] tr[data-project='{first}']"));
        Assert.Contains("Правило отклонений", summary.Body!.TextContent, StringComparison.Ordinal);
        using var pdf = await office.Http.GetAsync(new Uri("/reports/2021-03/summary.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var text = PdfText.Collapse(await PdfText.ReadAsync(await pdf.Content.ReadAsByteArrayAsync()));
        Assert.Contains("СВОДНЫЙ ОТЧЕТ О ХОДЕ РЕАЛИЗАЦИИ ПРОЕКТОВ", text, StringComparison.Ordinal);
        Assert.Contains("Правило отклонений", text, StringComparison.Ordinal);
    }

    private const int PortfolioBudget = 17;

    private async Task<int> CountAsync(PortalClient client)
    {
        using var counter = new QueryCounter(portal.ConnectionString);
        // A query string no request had before: the page is rendered, not served from the page cache.
        var page = await client.GetPageAsync($"/portfolio?period=2021-03&measured={Guid.NewGuid():N}");
        Assert.NotNull(page.QuerySelector("[data-testid=portfolio]"));
        return counter.Count;
    }

    private async Task<int> ImportAsync(string file)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outcome = await ProjectImport.ImportJsonAsync(db, DemoProjectSeeder.OpenDemoFile(file), CancellationToken.None);
        return outcome.Project?.Id ?? throw new InvalidOperationException(string.Join("; ", outcome.Problems.Select(p => p.Message)));
    }
}
