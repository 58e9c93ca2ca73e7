using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Projects;

public sealed class ProjectListRow
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public required ProjectLayout Layout { get; init; }
    public required ProjectStatus Status { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }

    /// <summary>«Чернецкая Л.Г.», or empty when the project has no leader yet.</summary>
    public required string Leader { get; init; }
    public required string Curator { get; init; }
}
