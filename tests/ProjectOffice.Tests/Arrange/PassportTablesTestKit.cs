using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>Arranges projects led by the demo leader and reads forms the way a browser would submit them.</summary>
internal static class PassportTablesTestKit
{
    /// <summary>A project 2019–2024 led by the demo leader («Чернецкая Людмила Геннадьевна»); arrange fills the rest.</summary>
    public static async Task<int> CreateProjectAsync(PortalFactory portal, ProjectLayout layout, Action<Project, AppDbContext>? arrange = null)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var leaderId = await db.Users.Where(u => u.UserName == DemoUsers.Leader.UserName).Select(u => u.Id).SingleAsync();
        var leader = await db.People.SingleOrDefaultAsync(p => p.UserId == leaderId)
            ?? new Person { FullName = DemoUsers.Leader.FullName, UserId = leaderId };
        var project = new Project
        {
            Name = "Проверка " + Guid.NewGuid().ToString("N")[..8],
            Layout = layout,
            BudgetBreakdown = layout == ProjectLayout.Municipal ? BudgetBreakdown.Stage : BudgetBreakdown.Direction,
            StartDate = new DateOnly(2019, 1, 1),
            EndDate = new DateOnly(2024, 12, 31),
        };
        project.Members.Add(new ProjectMember { Role = MemberRole.Leader, Person = leader });
        arrange?.Invoke(project, db);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return project.Id;
    }
}
