using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using ProjectOffice.Data;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The library's reads: which practices a user sees, the search, the filters.</summary>
public static class PracticeQueries
{
    /// <summary>
    /// The practices a user sees in the library: published ones, plus the drafts they may edit (all drafts for the
    /// office: <paramref name="allDrafts"/>; else their own and those of the projects they edit).
    /// </summary>
    public static IQueryable<Practice> Visible(AppDbContext db, bool allDrafts, string? userId, IReadOnlyList<int> editableProjectIds) =>
        db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Published
            || allDrafts
            || (userId != null && p.AuthorUserId == userId)
            || (p.ProjectId != null && editableProjectIds.Contains(p.ProjectId.Value)));

    /// <summary>
    /// Full-text search in Russian (so «технопарков» finds «технопарк»): websearch_to_tsquery over the stored tsvector,
    /// ranked by ts_rank with the name weighted most; without a query, the newest first. Filters by territory and year.
    /// </summary>
    public static async Task<(List<PracticeCard> Cards, int Total)> SearchAsync(AppDbContext db,
        IQueryable<Practice> visible, string? text, string? territory, int? year, int page, int pageSize, CancellationToken ct)
    {
        var query = visible;
        if (!string.IsNullOrWhiteSpace(territory))
        {
            query = query.Where(p => p.Territory == territory);
        }

        if (year is { } y)
        {
            query = query.Where(p => p.StartYear <= y && (p.EndYear ?? p.StartYear) >= y);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            var total = await query.CountAsync(ct);
            var cards = await query.OrderByDescending(p => p.PublishedAt ?? p.UpdatedAt).ThenBy(p => p.Id)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(p => new PracticeCard
                {
                    Id = p.Id, Name = p.Name, Territory = p.Territory, StartYear = p.StartYear, EndYear = p.EndYear, Status = p.Status,
                    ProjectName = db.Projects.Where(project => project.Id == p.ProjectId).Select(project => project.Name).FirstOrDefault(),
                    Snippet = p.Description == null ? null : p.Description.Substring(0, 400),
                })
                .ToListAsync(ct);
            return (cards, total);
        }

        // EF.Functions only translate inside the query, so the tsquery is spelled out where it is used.
        var matching = query.Where(p => EF.Property<NpgsqlTsVector>(p, SearchVector).Matches(EF.Functions.WebSearchToTsQuery("russian", text)));
        var count = await matching.CountAsync(ct);
        var found = await matching
            .OrderByDescending(p => EF.Property<NpgsqlTsVector>(p, SearchVector).Rank(EF.Functions.WebSearchToTsQuery("russian", text))).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => new PracticeCard
            {
                Id = p.Id, Name = p.Name, Territory = p.Territory, StartYear = p.StartYear, EndYear = p.EndYear, Status = p.Status,
                    ProjectName = db.Projects.Where(project => project.Id == p.ProjectId).Select(project => project.Name).FirstOrDefault(),
                Snippet = EF.Functions.WebSearchToTsQuery("russian", text).GetResultHeadline("russian",
                    (p.Description ?? "") + "\n" + (p.GoalsAndTasks ?? "") + "\n" + (p.BusinessModel ?? "") + "\n" + (p.Prerequisites ?? "")
                        + "\n" + (p.IndicatorsAfter ?? "") + "\n" + (p.LeaderAndTeam ?? ""),
                    HeadlineOptions),
            })
            .ToListAsync(ct);
        return (found, count);
    }

    /// <summary>Territories and years to filter by, from the practices the user sees.</summary>
    public static async Task<(List<string> Territories, List<int> Years)> FilterOptionsAsync(IQueryable<Practice> visible, CancellationToken ct)
    {
        var territories = await visible.Select(p => p.Territory).Distinct().OrderBy(t => t).ToListAsync(ct);
        var periods = await visible.Select(p => new { p.StartYear, p.EndYear }).Distinct().ToListAsync(ct);
        var years = periods.SelectMany(p => Enumerable.Range(p.StartYear, Math.Max(0, (p.EndYear ?? p.StartYear) - p.StartYear) + 1))
            .Distinct().OrderByDescending(y => y).ToList();
        return (territories, years);
    }

    // The shadow column of Data/Configurations/PracticeConfiguration (a generated, GIN-indexed tsvector).
    private const string SearchVector = "SearchVector";

    private const string HeadlineOptions =
        "StartSel=" + PracticeCard.MatchStart + ", StopSel=" + PracticeCard.MatchEnd + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";
}
