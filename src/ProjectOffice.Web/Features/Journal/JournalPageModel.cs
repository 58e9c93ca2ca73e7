using ProjectOffice.Data.Journal;

namespace ProjectOffice.Web.Features.Journal;

public sealed class JournalPageModel
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required JournalFilter Filter { get; init; }
    public required IReadOnlyList<JournalLine> Rows { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }

    /// <summary>Who and what appear in this project's journal, for the filter lists.</summary>
    public required IReadOnlyList<string> Users { get; init; }

    /// <summary>Entity keys with their Russian names.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Entities { get; init; }
}
