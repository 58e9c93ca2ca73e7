using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Dashboard;

/// <summary>
/// The monitoring list is read in branches (open events with their own date, open events dated by their control point,
/// recently done events), each in its own order, and merged: the merged page keeps the one order the office reads —
/// open before done, by date whichever way the date comes — and each filter keeps only its branches' rows.
/// </summary>
public sealed class MonitoringBranchesTests(MidJune2021Portal portal) : IClassFixture<MidJune2021Portal>
{
    [Fact]
    public async Task Own_and_point_dated_events_interleave_by_date_and_done_ones_come_last()
    {
        var (curator, names) = await ArrangeAsync();
        using var office = await portal.SignInAsAsync(DemoUsers.Office);

        var all = await ShownAsync(office, $"/monitoring?curatorId={curator}", names);
        var overdue = await ShownAsync(office, $"/monitoring?filter=Overdue&curatorId={curator}", names);
        var dueSoon = await ShownAsync(office, $"/monitoring?filter=DueSoon&curatorId={curator}", names);
        var done = await ShownAsync(office, $"/monitoring?filter=Done&curatorId={curator}", names);

        // 20.06.2021 is today: 01.06 and 05.06 are overdue, 22.06 and 25.06 due soon, 10.06 and 12.06 done on 15.06 and 18.06.
        Assert.Equal(["own 01.06", "point 05.06", "point 22.06", "own 25.06", "done own 10.06", "done point 12.06"], all);
        Assert.Equal(["own 01.06", "point 05.06"], overdue);
        Assert.Equal(["point 22.06", "own 25.06"], dueSoon);
        Assert.Equal(["done own 10.06", "done point 12.06"], done);
    }

    /// <summary>A project with its own curator (so the curator filter shows only these events) and eight events.</summary>
    private async Task<(int Curator, IReadOnlyDictionary<string, string> Names)> ArrangeAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string Name(string label) => $"Ветви {suffix}: {label}";
        var project = new Project
        {
            Name = Name("проект"), Layout = ProjectLayout.Municipal, StartDate = new DateOnly(2021, 1, 1), EndDate = new DateOnly(2021, 12, 31),
        };
        var person = new Person { FullName = $"Куратор Ветвей {suffix}" };
        project.Members.Add(new ProjectMember { Role = MemberRole.Curator, Person = person });
        void Own(string label, int month, int day, ControlEventStatus status = ControlEventStatus.Planned, DateOnly? doneOn = null) =>
            project.ControlEvents.Add(new ControlEvent
            {
                Name = Name(label), PlannedDate = new DateOnly(2021, month, day), Status = status, DoneOn = doneOn,
                SortOrder = project.ControlEvents.Count,
            });
        void ByPoint(string label, int month, int day, ControlEventStatus status = ControlEventStatus.Planned, DateOnly? doneOn = null)
        {
            var point = new PlanItem
            {
                Kind = PlanItemKind.Event, Name = Name(label), EndDate = new DateOnly(2021, month, day), SortOrder = project.PlanItems.Count,
            };
            project.PlanItems.Add(point);
            project.ControlEvents.Add(new ControlEvent { PlanItem = point, Status = status, DoneOn = doneOn, SortOrder = project.ControlEvents.Count });
        }

        Own("own 25.06", 6, 25);
        ByPoint("point 05.06", 6, 5);
        Own("own 01.06", 6, 1);
        ByPoint("point 22.06", 6, 22);
        Own("done own 10.06", 6, 10, ControlEventStatus.Done, new DateOnly(2021, 6, 15));
        ByPoint("done point 12.06", 6, 12, ControlEventStatus.Done, new DateOnly(2021, 6, 18));
        Own("done long ago", 3, 1, ControlEventStatus.Done, new DateOnly(2021, 3, 1));
        Own("far ahead", 11, 1);
        await portal.WithDbAsync(db =>
        {
            db.Projects.Add(project);
            return db.SaveChangesAsync();
        });
        var labels = new[] { "own 25.06", "point 05.06", "own 01.06", "point 22.06", "done own 10.06", "done point 12.06", "done long ago", "far ahead" };
        return (person.Id, labels.ToDictionary(Name, l => l));
    }

    private static async Task<List<string>> ShownAsync(PortalClient client, string url, IReadOnlyDictionary<string, string> names)
    {
        var page = await client.GetPageAsync(url);
        return page.QuerySelectorAll("tr[data-event-id]")
            .Select(row => names.FirstOrDefault(n => row.TextContent.Contains(n.Key, StringComparison.Ordinal)).Value ?? row.TextContent.Trim())
            .ToList();
    }
}
