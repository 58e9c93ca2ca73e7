namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>An open problem of the risk register past its deadline, as the dashboards list it.</summary>
public sealed record LateProblemRow(int ProjectId, string ProjectName, int ProblemId, string Title, DateOnly Deadline);
