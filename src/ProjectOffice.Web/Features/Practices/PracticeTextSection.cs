using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>A long text of the passport (paragraphs and lists), edited on its own page: /practices/{id}/texts/{Slug}.</summary>
public sealed record PracticeTextSection(string Slug, int Section, string? Caption, Func<Practice, string?> Get, Action<Practice, string?> Set)
{
    public static IReadOnlyList<PracticeTextSection> All { get; } =
    [
        new("prerequisites", 4, null, p => p.Prerequisites, (p, v) => p.Prerequisites = v),
        new("indicators-before", 6, null, p => p.IndicatorsBefore, (p, v) => p.IndicatorsBefore = v),
        new("goals", 7, null, p => p.GoalsAndTasks, (p, v) => p.GoalsAndTasks = v),
        new("business-model", 13, null, p => p.BusinessModel, (p, v) => p.BusinessModel = v),
        new("description", 14, "текст до таблицы", p => p.Description, (p, v) => p.Description = v),
        new("description-after", 14, "текст после таблицы", p => p.DescriptionAfterTable, (p, v) => p.DescriptionAfterTable = v),
        new("indicators-after", 20, null, p => p.IndicatorsAfter, (p, v) => p.IndicatorsAfter = v),
        new("leader", 21, null, p => p.LeaderAndTeam, (p, v) => p.LeaderAndTeam = v),
    ];

    public static PracticeTextSection? Find(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    /// <summary>«14. Краткое описание практики. — текст до таблицы».</summary>
    public string Title => Caption is null ? PracticeSections.Heading(Section) : $"{PracticeSections.Heading(Section)} — {Caption}";
}
