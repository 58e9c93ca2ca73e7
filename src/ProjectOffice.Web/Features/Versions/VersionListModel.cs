using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Versions;

public sealed class VersionListModel
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }
    public required ProjectStatus Status { get; init; }
    public required IReadOnlyList<VersionRow> Rows { get; init; }

    /// <summary>The forms of the project's layout, each printable as any version approved them.</summary>
    public required IReadOnlyList<PrintedFormLink> Forms { get; init; }

    /// <summary>Every version number, for the comparison form (the list itself is paged).</summary>
    public required IReadOnlyList<int> Numbers { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
}
