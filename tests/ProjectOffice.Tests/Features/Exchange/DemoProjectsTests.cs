using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Exchange;

[Collection(Portals.Exchange)]
public sealed class DemoProjectsTests(PortalFactory portal)
{
    [Fact]
    public async Task Municipal_demo_project_holds_the_seed_passport()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var project = await db.Projects.AsNoTracking()
            .Include(p => p.Members).ThenInclude(m => m.Person)
            .Include(p => p.Stages).Include(p => p.ListItems).Include(p => p.Tasks)
            .Include(p => p.BudgetItems).ThenInclude(b => b.Amounts)
            .AsSplitQuery()
            .Where(p => p.Name == "Инженерный кластер").OrderBy(p => p.Id).FirstAsync();

        Assert.Equal(ProjectLayout.Municipal, project.Layout);
        Assert.Equal(new DateOnly(2020, 2, 1), project.StartDate);
        Assert.Equal(new DateOnly(2021, 12, 31), project.EndDate);
        Assert.Equal(11, project.Members.Count(m => m.Role == MemberRole.Executor));
        Assert.Equal("Чернецкая Людмила Геннадьевна", project.Members.Single(m => m.Role == MemberRole.Leader).Person!.FullName);
        Assert.Equal(["01.02.2020", "01.09.2020", "01.09.2021"], project.Stages.OrderBy(s => s.SortOrder).Select(s => s.StartDate.ToString("dd.MM.yyyy", null)));
        Assert.Equal(3, project.Tasks.Count);
        Assert.Equal(2, project.ListItems.Count(i => i.Kind == ListItemKind.ExternalRisk));
        Assert.All(project.BudgetItems.SelectMany(b => b.Amounts), a => Assert.Equal("-", a.Text));
        Assert.All(project.BudgetItems.SelectMany(b => b.Amounts), a => Assert.Null(a.Value));
        Assert.DoesNotContain(project.ListItems, i => i.Text.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public async Task National_demo_project_holds_indicators_budget_and_participants()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var project = await db.Projects.AsNoTracking()
            .Include(p => p.Indicators).ThenInclude(i => i.Values)
            .Include(p => p.Indicators).ThenInclude(i => i.Breakdown)
            .Include(p => p.Tasks).ThenInclude(t => t.Results)
            .Include(p => p.BudgetItems).ThenInclude(b => b.Amounts)
            .Include(p => p.Members)
            .AsSplitQuery()
            .Where(p => p.Name == "Успех каждого ребенка").OrderBy(p => p.Id).FirstAsync();

        Assert.Equal(ProjectLayout.National, project.Layout);
        Assert.Equal(4, project.Indicators.Count);
        var first = project.Indicators.OrderBy(i => i.SortOrder).First();
        Assert.Equal("71%", first.BaselineText);
        Assert.Equal(71m, first.Baseline);
        Assert.Equal("80%", first.Values.Single(v => v.Year == 2024).PlannedText);
        Assert.Equal(13, project.Tasks.SelectMany(t => t.Results).Count());
        var amount = project.BudgetItems.Where(b => b.SectionId == null).SelectMany(b => b.Amounts).First(a => a.Text == "0,015");
        Assert.Equal(0.015m, amount.Value);
        Assert.Equal(38, project.Members.Count(m => m.GroupId != null));
    }

    [Fact]
    public async Task Demo_accounts_are_linked_to_their_people()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var leader = await db.Users.SingleAsync(u => u.UserName == DemoUsers.Leader.UserName);

        Assert.True(await db.People.AnyAsync(p => p.UserId == leader.Id && p.FullName == "Чернецкая Людмила Геннадьевна"));
    }

    [Fact]
    public async Task Impossible_date_is_reported_with_its_path_and_nothing_is_written()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var before = await db.Projects.CountAsync();
        const string json = """
            { "format": "projectoffice/1", "organisations": [], "people": [], "fundingSources": [],
              "project": { "layout": "municipal", "name": "Проверка", "period": { "start": "2021-01-01", "end": "2021-06-31" } } }
            """;

        var outcome = await ProjectImport.ImportJsonAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);

        var problem = Assert.Single(outcome.Problems);
        Assert.Equal("$.project.period.end", problem.Path);
        Assert.Contains("дата", problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await db.Projects.CountAsync());
    }
}
