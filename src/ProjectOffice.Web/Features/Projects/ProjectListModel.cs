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
}
