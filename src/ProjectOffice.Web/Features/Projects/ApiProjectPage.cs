namespace ProjectOffice.Web.Features.Projects;

/// <summary>GET /api/projects: one page of the project list.</summary>
public sealed class ApiProjectPage
{
    public required IReadOnlyList<ApiProjectSummary> Items { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required int Total { get; init; }
}
