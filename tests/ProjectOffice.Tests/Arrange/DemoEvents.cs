using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>The demo projects' control events by their number in the seed (rows a test adds later do not shift it).</summary>
internal static class DemoEvents
{
    public static async Task<int> IdAsync(PortalFactory portal, string project, int number) =>
        await portal.WithDbAsync(db => db.ControlEvents
            .Where(e => db.Projects.Any(p => p.Id == e.ProjectId && p.Name == project))
            .OrderBy(e => e.Id)
            .Skip(number - 1).Select(e => e.Id).FirstAsync());

    /// <summary>The control event of a project (a copy of a demo project) by its number in the seed.</summary>
    public static async Task<int> IdAsync(PortalFactory portal, int projectId, int number) =>
        await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.ProjectId == projectId)
            .OrderBy(e => e.Id).Skip(number - 1).Select(e => e.Id).FirstAsync());

    /// <summary>
    /// A copy of «Инженерный кластер» (same people) for one test class, imported once: the other classes of the shared
    /// portal mark the demo project's own events.
    /// </summary>
    public static Task<int> CopyForAsync(PortalFactory portal, string testClass) =>
        portal.ArrangeOnceAsync(testClass, () => ApprovalTestData.ImportCopyAsync(portal));

    public static async Task<ControlEvent> LoadAsync(PortalFactory portal, int id) =>
        await portal.WithDbAsync(db => db.ControlEvents.AsNoTracking().Include(e => e.Evidence).SingleAsync(e => e.Id == id));
}
