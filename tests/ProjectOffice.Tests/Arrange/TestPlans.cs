using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>Small projects of a test's own, led by the demo leader, so that each test edits a plan nobody else touches.</summary>
internal static class TestPlans
{
    /// <summary>
    /// A municipal project 01.01.2026–31.12.2027: stage 1 (2026) with events «А», «Б», «В»; stage 2 (2027) with «Г».
    /// Returns the project id and the item ids by name («stage1», «stage2», «А» …).
    /// </summary>
    public static async Task<(int ProjectId, Dictionary<string, int> Items)> MunicipalAsync(PortalFactory portal, string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stage1 = new Stage { Name = "Подготовительный", StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31), SortOrder = 0 };
        var stage2 = new Stage { Name = "Основной", StartDate = new DateOnly(2027, 1, 1), EndDate = new DateOnly(2027, 12, 31), SortOrder = 1 };
        var project = new Project
        {
            Name = name, Layout = ProjectLayout.Municipal, StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2027, 12, 31),
            Stages = [stage1, stage2],
        };
        project.Members.Add(new ProjectMember { Role = MemberRole.Leader, PersonId = await LeaderPersonIdAsync(db) });
        db.Projects.Add(project);
        await db.SaveChangesAsync();

        var items = new Dictionary<string, PlanItem>
        {
            ["stage1"] = new() { ProjectId = project.Id, Kind = PlanItemKind.Stage, StageId = stage1.Id, SortOrder = 0 },
            ["stage2"] = new() { ProjectId = project.Id, Kind = PlanItemKind.Stage, StageId = stage2.Id, SortOrder = 1 },
        };
        db.PlanItems.AddRange(items.Values);
        await db.SaveChangesAsync();
        foreach (var (eventName, stage, order) in new[] { ("А", "stage1", 0), ("Б", "stage1", 1), ("В", "stage1", 2), ("Г", "stage2", 0) })
        {
            items[eventName] = new PlanItem
            {
                ProjectId = project.Id, ParentId = items[stage].Id, Kind = PlanItemKind.Event, SortOrder = order, Name = eventName,
                StartDate = new DateOnly(stage == "stage1" ? 2026 : 2027, 2, 1), EndDate = new DateOnly(stage == "stage1" ? 2026 : 2027, 3, 1),
            };
            db.PlanItems.Add(items[eventName]);
        }

        await db.SaveChangesAsync();
        return (project.Id, items.ToDictionary(i => i.Key, i => i.Value.Id));
    }

    /// <summary>A national project: task → result «Р» with events «М1», «М2» and control point «КТ»; a control event linked to «КТ».</summary>
    public static async Task<(int ProjectId, Dictionary<string, int> Items, int ControlEventId)> NationalAsync(PortalFactory portal, string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var task = new ProjectTask { Name = "Задача проекта", SortOrder = 0 };
        var project = new Project
        {
            Name = name, Layout = ProjectLayout.National, StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2027, 12, 31), Tasks = [task],
        };
        project.Members.Add(new ProjectMember { Role = MemberRole.Leader, PersonId = await LeaderPersonIdAsync(db) });
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        var taskItem = new PlanItem { ProjectId = project.Id, Kind = PlanItemKind.Task, TaskId = task.Id };
        var result = new PlanItem
        {
            ProjectId = project.Id, Kind = PlanItemKind.Result, Name = "Р", StartDate = new DateOnly(2026, 1, 1), EndDate = new DateOnly(2026, 12, 31),
        };
        taskItem.Children.Add(result);
        var m1 = new PlanItem { ProjectId = project.Id, Kind = PlanItemKind.Event, Name = "М1", SortOrder = 0 };
        var m2 = new PlanItem { ProjectId = project.Id, Kind = PlanItemKind.Event, Name = "М2", SortOrder = 1 };
        var point = new PlanItem { ProjectId = project.Id, Kind = PlanItemKind.ControlPoint, Name = "КТ", SortOrder = 2, EndDate = new DateOnly(2026, 12, 31) };
        result.Children.AddRange([m1, m2, point]);
        db.PlanItems.Add(taskItem);
        var ev = new ControlEvent { ProjectId = project.Id, PlanItem = point, Status = ControlEventStatus.Planned };
        db.ControlEvents.Add(ev);
        await db.SaveChangesAsync();
        return (project.Id, new Dictionary<string, int>
        {
            ["task"] = taskItem.Id, ["Р"] = result.Id, ["М1"] = m1.Id, ["М2"] = m2.Id, ["КТ"] = point.Id,
        }, ev.Id);
    }

    public static async Task<uint> VersionAsync(PortalFactory portal, int projectId) =>
        await portal.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.Version).SingleAsync());

    private static Task<int> LeaderPersonIdAsync(AppDbContext db) =>
        db.People.Where(p => p.FullName == DemoUsers.Leader.FullName && p.UserId != null).Select(p => p.Id).FirstAsync();
}
