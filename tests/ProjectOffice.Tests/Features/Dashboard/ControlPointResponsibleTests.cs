using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Tests.Features.ControlEvents;
using ProjectOffice.Tests.Features.Plan;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Dashboard;

/// <summary>A control event without executors of its own answers to its control point's executors.</summary>
[Collection(Portals.ControlEvents)]
public sealed class ControlPointResponsibleTests(PortalFactory portal)
{
    [Fact]
    public async Task Executor_of_a_control_point_sees_its_event_due_soon_and_may_mark_it_done()
    {
        var (_, items, eventId) = await TestPlans.NationalAsync(portal, "Контрольная точка с исполнителем");
        var userId = await TestPeople.OutsiderAsync(portal, "point-executor", Roles.Methodist);
        var today = DateOnly.FromDateTime(DateTime.Now);
        await portal.WithDbAsync(async db =>
        {
            var point = await db.PlanItems.SingleAsync(i => i.Id == items["КТ"]);
            point.EndDate = today.AddDays(5);
            db.Responsibles.Add(new Responsible { PlanItemId = point.Id, PersonId = await db.People.Where(p => p.UserId == userId).Select(p => p.Id).SingleAsync() });
            return await db.SaveChangesAsync();
        });
        using var executor = await TestPeople.SignInAsync(portal, "point-executor");

        var dashboard = await executor.GetPageAsync("/dashboard");
        var version = await portal.WithDbAsync(db => db.ControlEvents.Where(e => e.Id == eventId).Select(e => e.Version).SingleAsync());
        var marked = await executor.PostFormAsync($"/control-events/{eventId}/done", new()
        {
            ["Form.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Form.DoneOn"] = today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        });

        var row = dashboard.QuerySelector($"tr[data-event-id='{eventId}']")!;
        Assert.Equal("Yellow", row.QuerySelector("[data-light]")!.GetAttribute("data-light"));
        Assert.Contains("КТ", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.Equal(ControlEventStatus.Done, (await DemoEvents.LoadAsync(portal, eventId)).Status);
    }
}
