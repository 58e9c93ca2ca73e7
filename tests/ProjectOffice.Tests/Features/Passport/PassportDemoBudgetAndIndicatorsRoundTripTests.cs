using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Tests.Infrastructure;
using static ProjectOffice.Tests.Arrange;
using static ProjectOffice.Tests.PassportTablesTestKit;

namespace ProjectOffice.Tests.Features.Passport;

/// <summary>Saving a demo project's tables without touching them must not change a single stored row.</summary>
[Collection(Portals.PassportTables)]
public sealed class PassportDemoBudgetAndIndicatorsRoundTripTests(PortalFactory portal)
{
    [Theory]
    [InlineData("Успех каждого ребенка")]
    [InlineData("Инженерный кластер")]
    public async Task Posting_the_demo_tables_back_unchanged_keeps_the_database_identical(string projectName)
    {
        var id = await portal.WithDbAsync(db => db.Projects.Where(p => p.Name == projectName).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var indicatorIds = await portal.WithDbAsync(db => db.Indicators.Where(i => i.ProjectId == id).OrderBy(i => i.SortOrder).Select(i => i.Id).ToListAsync());
        var rowsBefore = await SnapshotAsync(id);
        var exportBefore = await ExportAsync(id);
        var journalBefore = await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id));
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var pages = new List<string>
        {
            $"/projects/{id}/edit/tasks", $"/projects/{id}/edit/indicators", $"/projects/{id}/edit/budget", $"/projects/{id}/edit/materials",
        };
        pages.AddRange(indicatorIds.Select(indicatorId => $"/projects/{id}/edit/indicators/{indicatorId}"));
        foreach (var url in pages)
        {
            var fields = await FormFieldsAsync(office, url);
            fields["command"] = "save";
            var saved = await office.PostFormAsync(url, fields);
            Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{url} answered {saved.StatusCode}");
        }

        Assert.Equal(rowsBefore, await SnapshotAsync(id));
        Assert.Equal(exportBefore, await ExportAsync(id));
        Assert.Equal(journalBefore, await portal.WithDbAsync(db => db.Journal.CountAsync(j => j.ProjectId == id)));
    }

    [Fact]
    public async Task The_demo_national_budget_shows_the_computed_totals_of_the_seed()
    {
        var id = await portal.WithDbAsync(db => db.Projects.Where(p => p.Name == "Успех каждого ребенка").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var page = await office.GetPageAsync($"/projects/{id}/edit/budget");

        var directionTotals = page.QuerySelectorAll("[data-testid=direction-total] td:last-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["0,09", "0", "0", "9,0", "0", "0", "0"], directionTotals);
        Assert.Equal("9,09", page.QuerySelector("[data-testid=budget-grand-total]")!.TextContent.Trim());
        // The paper's typed totals stand beside the sums they disagree with.
        var warnings = page.QuerySelectorAll("[data-testid=typed-total-warning]").Select(w => w.TextContent.Trim()).ToList();
        Assert.Contains("Итог введён вручную: 9,03; сумма строк 9,015", warnings);
        Assert.Contains("Итог введён вручную: 9,23; сумма строк 9,09", warnings);
        Assert.Equal("1.3.", ValueOf(page, "Items[0].Number"));
    }

    private async Task<string> ExportAsync(int id)
    {
        using var scope = portal.Services.CreateScope();
        var exporter = new ProjectExporter(scope.ServiceProvider.GetRequiredService<AppDbContext>());
        return JsonSerializer.Serialize(await exporter.ExportAsync(id, CancellationToken.None));
    }

    /// <summary>Every stored row of the project's tasks, indicators and budget, ids included, as JSON.</summary>
    private Task<string> SnapshotAsync(int id) => portal.WithDbAsync(async db =>
    {
        var tasks = await db.ProjectTasks.Where(t => t.ProjectId == id).Include(t => t.Results).OrderBy(t => t.Id).ToListAsync();
        var indicators = await db.Indicators.Where(i => i.ProjectId == id)
            .Include(i => i.Values).Include(i => i.Actuals).Include(i => i.Breakdown).ThenInclude(b => b.Values)
            .AsSplitQuery().OrderBy(i => i.Id).ToListAsync();
        var sections = await db.ProjectSections.Where(s => s.ProjectId == id).OrderBy(s => s.Id).ToListAsync();
        var budget = await db.BudgetItems.Where(b => b.ProjectId == id).Include(b => b.Amounts).OrderBy(b => b.Id).ToListAsync();
        var typedTotals = await db.TypedBudgetTotals.Where(t => t.ProjectId == id).OrderBy(t => t.Id).ToListAsync();
        var snapshot = new
        {
            Tasks = tasks.Select(t => new { t.Id, t.Name, t.SortOrder, Results = t.Results.OrderBy(r => r.Id).Select(r => new { r.Id, r.Name, r.Characteristic, r.SortOrder }) }),
            Indicators = indicators.Select(i => new
            {
                i.Id, i.Name, i.Unit, i.UnitInName, i.Type, i.BaselineText, i.Baseline, i.BaselineDate, i.SortOrder,
                i.MethodFormula, i.MethodBaseIndicators, i.DataSource, i.Collector, i.AggregationLevel, i.Periodicity, i.AdditionalInfo,
                PrintedNames = i.PrintedNames.Select(p => new { p.Form, p.Text }),
                Values = i.Values.OrderBy(v => v.Id).Select(v => new { v.Id, v.Year, v.PlannedText, v.Planned }),
                Actuals = i.Actuals.OrderBy(a => a.Id).Select(a => new { a.Id, a.Year, a.PeriodText, a.ValueText, a.Value, a.ReportedOn, a.Comment }),
                Breakdown = i.Breakdown.OrderBy(b => b.Id).Select(b => new
                {
                    b.Id, b.Organisation, b.OrganisationId, b.BaselineText, b.Baseline, b.BaselineDate, b.SortOrder,
                    Values = b.Values.OrderBy(v => v.Id).Select(v => new { v.Id, v.Year, v.Text, v.Value }),
                }),
            }),
            Sections = sections.Select(s => new { s.Id, s.Kind, s.Title, s.Body, s.TableColumns, s.TableRows, s.SortOrder }),
            Budget = budget.Select(b => new
            {
                b.Id, b.SectionId, b.StageId, b.Title, b.ResultId, b.BudgetCode, b.DirectionNumber, b.SortOrder,
                Amounts = b.Amounts.OrderBy(a => a.Id).Select(a => new { a.Id, a.FundingSourceId, a.Year, a.Text, a.Value, a.SortOrder }),
            }),
            TypedTotals = typedTotals.Select(t => new { t.Id, t.FundingSourceId, t.Year, t.Text, t.Value }),
        };
        return JsonSerializer.Serialize(snapshot);
    });
}
