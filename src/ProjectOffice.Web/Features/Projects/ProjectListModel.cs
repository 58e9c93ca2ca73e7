using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Web.Features.Projects;

public sealed class ProjectListModel
{
    public required IReadOnlyList<ProjectListRow> Rows { get; init; }
    public required ProjectListFilter Filter { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required int Total { get; init; }
    public required IReadOnlyList<PersonOption> Leaders { get; init; }
    public required IReadOnlyList<PersonOption> Curators { get; init; }
    public required bool CanCreate { get; init; }

    /// <summary>The highest level among each listed project's open risks (absent: none open).</summary>
    public required IReadOnlyDictionary<int, RiskLevel> HighestRisk { get; init; }
}
