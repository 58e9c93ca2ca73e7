using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.ControlEvents;

/// <summary>The demo projects' control events by their number in the seed (rows a test adds later do not shift it).</summary>
internal static class DemoEvents
{
    public static async Task<int> IdAsync(PortalFactory portal, string project, int number) =>
        await DemoPlans.WithDbAsync(portal, db => db.ControlEvents
            .Where(e => db.Projects.Any(p => p.Id == e.ProjectId && p.Name == project))
            .OrderBy(e => e.Id)
            .Skip(number - 1).Select(e => e.Id).FirstAsync());

    public static async Task<ControlEvent> LoadAsync(PortalFactory portal, int id) =>
        await DemoPlans.WithDbAsync(portal, db => db.ControlEvents.AsNoTracking().Include(e => e.Evidence).SingleAsync(e => e.Id == id));
}
