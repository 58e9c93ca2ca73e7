using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Dashboard;

/// <summary>
/// The events a dashboard lists, as three branches read separately (DashboardQueries): open events with their own
/// date, open events dated by their control point, recently done events. A filter leaves out the branches it excludes.
/// </summary>
public sealed record ListedEvents(IQueryable<ControlEvent>? Own, IQueryable<ControlEvent>? ByPoint, IQueryable<ControlEvent>? Done)
{
    /// <summary>The same narrowing (mine, a curator's, an organisation's) applied to every branch.</summary>
    public ListedEvents Where(Func<IQueryable<ControlEvent>, IQueryable<ControlEvent>> narrow) =>
        new(Own is null ? null : narrow(Own), ByPoint is null ? null : narrow(ByPoint), Done is null ? null : narrow(Done));
}
