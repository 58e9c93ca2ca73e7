using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>The project a table editor works on: its heading and the years its tables have columns for.</summary>
public sealed record PassportTablesProject(int Id, string Name, ProjectLayout Layout, BudgetBreakdown BudgetBreakdown, IReadOnlyList<int> Years);
