using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Data.Versions;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Passport;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Exchange;

[Collection(Portals.Exchange)]
public sealed class RoundTripTests(PortalFactory portal)
{
    [Theory]
    [InlineData("Инженерный кластер")]
    [InlineData("Успех каждого ребенка")]
    public async Task Export_import_export_gives_the_same_document(string projectName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Projects.Where(p => p.Name == projectName).Select(p => p.Id).FirstAsync();

        var first = await ExportAsync(db, id);
        var outcome = await ProjectImport.ImportJsonAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(first)), CancellationToken.None);
        Assert.Empty(outcome.Problems);
        db.ChangeTracker.Clear();
        var second = await ExportAsync(db, outcome.Project!.Id);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Phrases_dates_and_several_executors_survive_the_export()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Projects.Where(p => p.Name == "Инженерный кластер").Select(p => p.Id).FirstAsync();

        var json = await ExportAsync(db, id);

        Assert.Contains("\"plannedValue\": \"Не менее 5\"", json, StringComparison.Ordinal);
        Assert.Contains("\"plannedDateText\": \"31.06.2021\"", json, StringComparison.Ordinal);
        Assert.Contains("Предприятия города Омска, участвующие в реализации проекта", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var firstEvent = document.RootElement.GetProperty("project").GetProperty("plan").GetProperty("items")[0].GetProperty("children")[0];
        Assert.Equal(4, firstEvent.GetProperty("responsible").GetArrayLength());
    }

    [Theory]
    [InlineData("engineering-cluster.json", "Инженерный кластер")]
    [InlineData("success-of-every-child.json", "Успех каждого ребенка")]
    public async Task The_export_carries_every_value_of_the_imported_demo_file(string file, string projectName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Projects.Where(p => p.Name == projectName).Select(p => p.Id).FirstAsync();
        using var original = await JsonDocument.ParseAsync(ProjectOffice.Data.DemoData.DemoProjectSeeder.OpenDemoFile(file));

        using var exported = JsonDocument.Parse(await ExportAsync(db, id));

        // Keys and references are file-local names; every other value must come back, as often as it was there.
        var expected = Values(original.RootElement).ToList();
        var actual = Values(exported.RootElement).ToList();
        Assert.Empty(MultisetMinus(expected, actual));
        Assert.Empty(MultisetMinus(actual, expected));
    }

    private static List<string> MultisetMinus(List<string> left, List<string> right)
    {
        var remaining = right.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());
        var missing = new List<string>();
        foreach (var value in left)
        {
            if (remaining.GetValueOrDefault(value) > 0)
            {
                remaining[value]--;
            }
            else
            {
                missing.Add(value);
            }
        }

        return missing;
    }

    private static readonly HashSet<string> References =
        ["key", "person", "organisation", "source", "stage", "task", "result", "planItem", "supervisor", "doneBy"];

    private static IEnumerable<string> Values(JsonElement element, string? property = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                // The demo register is made from item 22 after the import (its lines are already counted there).
                foreach (var child in element.EnumerateObject().Where(p => p.Name != "riskRegister").SelectMany(p => Values(p.Value, p.Name)))
                {
                    yield return child;
                }

                break;
            case JsonValueKind.Array:
                foreach (var child in element.EnumerateArray().SelectMany(e => Values(e, property)))
                {
                    yield return child;
                }

                break;
            default:
                if (property is null || !References.Contains(property))
                {
                    yield return $"{property}={element}";
                }

                break;
        }
    }

    [Fact]
    public async Task The_papers_typed_totals_and_direction_numbers_survive_export_import_and_print_from_a_snapshot()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.Projects.Where(p => p.Name == "Успех каждого ребенка").OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();

        var json = await ExportAsync(db, id);
        var outcome = await ProjectImport.ImportJsonAsync(db, new MemoryStream(Encoding.UTF8.GetBytes(json)), CancellationToken.None);

        Assert.Empty(outcome.Problems);
        var copy = outcome.Project!.Id;
        var totals = await db.TypedBudgetTotals.Where(t => t.ProjectId == copy).Select(t => new { t.FundingSourceId, t.Year, t.Text, t.Value }).ToListAsync();
        Assert.Equal(14, totals.Count);
        Assert.Contains(totals, t => t.FundingSourceId == null && t.Year == 2019 && t.Text == "9,03" && t.Value == 9.03m);
        Assert.Contains(totals, t => t.FundingSourceId == null && t.Year == null && t.Text == "9,23");
        Assert.Equal(
            ["1.3.", "1.4.", "1.5.", "1.6.", "1.7.", "1.8.", "1.9."],
            await db.BudgetItems.Where(b => b.ProjectId == copy && b.SectionId == null).OrderBy(b => b.SortOrder).Select(b => b.DirectionNumber).ToListAsync());

        // A version is printed from its snapshot (the same JSON): it prints the paper's totals, as signed.
        var frozen = ProjectSnapshot.ToProject(ProjectVersions.Read(json));
        var passport = PassportFormQuery.Build(new PrintedProject { Project = frozen }, []).National!;
        Assert.Equal("1.3.", passport.Directions[0].Number);
        Assert.Equal(
            ["9,03", "0,055", "0,03", "0,03", "0,055", "0,03", "9,23"],
            passport.BudgetTotals[0].Cells.Select(c => c.Text));
    }

    private static async Task<string> ExportAsync(AppDbContext db, int id)
    {
        var document = await new ProjectExporter(db).ExportAsync(id, CancellationToken.None);
        return JsonSerializer.Serialize(document, ProjectDocument.JsonOptions);
    }
}
