using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Practices;

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

    public static async Task<int> ProjectIdAsync(PortalFactory portal, string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Projects.Where(p => p.Name == name).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
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

    public static async Task<T> InDatabaseAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> read)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The fields the page's form would post, as the browser would post them (textareas, inputs, selected options).</summary>
    public static Dictionary<string, string> FormFields(IDocument page, string formSelector = "main form[method='post']")
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form {formSelector} on the page.");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type is not ("submit" or "button" or "file"):
                    fields[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields[area.Name] = area.Value;
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    fields[select.Name] = select.Value ?? "";
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }
}
