using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Dashboard;

[Collection(Portals.ControlEvents)]
public sealed class MonitoringPagesTests(PortalFactory portal)
{
    [Fact]
    public async Task Monitoring_shows_fifty_events_a_page_and_the_next_page_continues()
    {
        await portal.WithDbAsync(async db =>
        {
            var project = new Project { Name = "Много событий", Layout = ProjectLayout.Municipal, StartDate = new DateOnly(2020, 1, 1), EndDate = new DateOnly(2020, 12, 31) };
            project.ControlEvents.AddRange(Enumerable.Range(0, 60).Select(i => new ControlEvent
            {
                Name = $"Событие {i + 1}", PlannedDate = new DateOnly(2017, 1, 1).AddDays(i), SortOrder = i,
            }));
            db.Projects.Add(project);
            return await db.SaveChangesAsync();
        });
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var first = await office.GetPageAsync("/monitoring?filter=Overdue");
        var second = await office.GetPageAsync("/monitoring?filter=Overdue&page=2");

        var firstIds = first.QuerySelectorAll("tr[data-event-id]").Select(r => r.GetAttribute("data-event-id")).ToList();
        var secondIds = second.QuerySelectorAll("tr[data-event-id]").Select(r => r.GetAttribute("data-event-id")).ToList();
        Assert.Equal(50, firstIds.Count);
        Assert.NotEmpty(secondIds);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.NotNull(first.QuerySelector("a[href*='page=2']"));
        // Overdue first, oldest first: the added events of early 2017 lead.
        Assert.Contains("Событие 1", first.QuerySelector("tr[data-event-id]")!.TextContent, StringComparison.Ordinal);
    }
}
