using ProjectOffice.Forms.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>Which editor edits which section of the passport: the links next to the section headings of the practice page.</summary>
public static class PracticeEditLinks
{
    private static readonly int[] GeneralSections = [1, 2, 3, 5];

    public static IReadOnlyDictionary<int, IReadOnlyList<SectionLink>> For(int id)
    {
        var links = GeneralSections.Select(s => (Section: s, Link: new SectionLink("Изменить", $"/practices/{id}/edit")))
            .Concat(PracticeTextSection.All.Select(t => (Section: t.Section, Link: new SectionLink(Caption(t.Caption), $"/practices/{id}/texts/{t.Slug}"))))
            .Append((Section: 14, Link: new SectionLink("Изменить таблицу", $"/practices/{id}/description-table")))
            .Concat(PracticeTables.All.Select(t => (Section: t.Section, Link: new SectionLink(Caption(t.Caption), $"/practices/{id}/tables/{t.Slug}"))));
        // Section 14 reads text, table, text: its links follow that order.
        return links.GroupBy(l => l.Section).ToDictionary(g => g.Key, g => (IReadOnlyList<SectionLink>)
            [.. g.Select(l => l.Link).OrderBy(l => l.Url.EndsWith("/description-after", StringComparison.Ordinal))]);
    }

    private static string Caption(string? part) => part is null ? "Изменить" : $"Изменить: {part}";
}
