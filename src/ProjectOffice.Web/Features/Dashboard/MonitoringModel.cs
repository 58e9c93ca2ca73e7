using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>The office's dashboard across all projects.</summary>
public sealed class MonitoringModel
{
    public required DashboardModel Events { get; init; }
    public required IReadOnlyList<ChoiceOption> Curators { get; init; }
    public required IReadOnlyList<ChoiceOption> Organisations { get; init; }
    public int? CuratorId { get; init; }
    public int? OrganisationId { get; init; }
}
