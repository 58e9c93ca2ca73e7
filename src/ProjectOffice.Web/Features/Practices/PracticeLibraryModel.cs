using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The library page: search, filters, one page of practices.</summary>
public sealed class PracticeLibraryModel
{
    public string? Query { get; init; }
    public string? Territory { get; init; }
    public int? Year { get; init; }
    public required IReadOnlyList<PracticeCard> Cards { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required IReadOnlyList<string> Territories { get; init; }
    public required IReadOnlyList<int> Years { get; init; }
    public bool CanCreate { get; init; }
    public bool CanImport { get; init; }

    /// <summary>The same search and filters on another page.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["territory"] = Territory,
            ["year"] = Year?.ToString(CultureInfo.InvariantCulture),
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/practices", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
