using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>Projects the passport tests edit, arranged straight in the test's own database.</summary>
internal static class PassportArrange
{
    public static readonly DateOnly PeriodStart = new(2020, 2, 1);
    public static readonly DateOnly PeriodEnd = new(2021, 12, 31);

    /// <summary>A municipal project 01.02.2020–31.12.2021; with <paramref name="leader"/>, that account's person leads it.</summary>
    public static async Task<int> ProjectAsync(PortalFactory portal, string name, DemoUser? leader = null, Action<Project>? arrange = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var project = new Project
        {
            Layout = ProjectLayout.Municipal,
            Name = name,
            StartDate = PeriodStart,
            EndDate = PeriodEnd,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        if (leader is not null)
        {
            project.Members.Add(new ProjectMember { Role = MemberRole.Leader, Person = await ProjectArrange.PersonOfAsync(db, leader) });
        }

        arrange?.Invoke(project);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    }

    public static Task<Project> ProjectWithPassportAsync(PortalFactory portal, int id) =>
        portal.WithDbAsync(db => db.Projects.AsNoTracking()
            .Include(p => p.Members).ThenInclude(m => m.Person)
            .Include(p => p.ParticipantGroups)
            .Include(p => p.Stages)
            .Include(p => p.Tasks)
            .Include(p => p.ListItems)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == id));

    /// <summary>The id of the person linked to a demo account, made and linked when the database has none.</summary>
    public static Task<int> LinkedPersonAsync(PortalFactory portal, DemoUser user) => portal.WithDbAsync(async db =>
    {
        var person = await ProjectArrange.PersonOfAsync(db, user);
        if (person.Id == 0)
        {
            db.People.Add(person);
            await db.SaveChangesAsync();
        }

        return person.Id;
    });
}
