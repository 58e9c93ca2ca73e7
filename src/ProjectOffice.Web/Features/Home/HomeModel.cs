using ProjectOffice.Web.Features.Dashboard;

namespace ProjectOffice.Web.Features.Home;

public sealed class HomeModel
{
    public required string FullName { get; init; }
    public required IReadOnlyList<string> RoleNames { get; init; }
    public required DashboardModel Events { get; init; }
}
