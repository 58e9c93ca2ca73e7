using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>What the practice tests share: the demo practice, arranging practices, reading a form as a browser would post it.</summary>
internal static class PracticeTestData
{
    public const string DemoPracticeName = "Создание и развитие на территории города Обнинска распределенного детского технологического парка.";
    public const string Seed = "002_d8089fe796ca9335.txt";
    public const int SeedLines = 686;

    public static async Task<int> DemoPracticeIdAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The seeded one is the first; an import test may add a copy.
        return await db.Practices.Where(p => p.Name == DemoPracticeName).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    /// <summary>A draft practice with the given name, linked to a project or not, written straight to the database.</summary>
    public static async Task<int> AddDraftAsync(PortalFactory portal, string name, int? projectId, string territory = "Омская область, город Омск",
        int startYear = 2021, int? endYear = 2023, string? description = "Описание практики.")
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var practice = new Practice
        {
            Name = name, Territory = territory, ProjectId = projectId, StartYear = startYear, EndYear = endYear,
            PeriodText = $"{startYear}–{endYear} годы", Description = description, GoalsAndTasks = "Цель практики.",
            CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
        };
        db.Practices.Add(practice);
        await db.SaveChangesAsync();
        return practice.Id;
    }
}
