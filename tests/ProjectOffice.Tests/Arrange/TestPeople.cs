using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests;

/// <summary>Accounts a test needs beyond the demo ones, made as the administrator would: an account, its person, their organisation.</summary>
internal static class TestPeople
{
    public const string Password = "Strong-Pass-1";

    /// <summary>An account with a global role whose person works for a new organisation that no project involves.</summary>
    public static async Task<string> OutsiderAsync(PortalFactory portal, string userName, string role)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await scope.ServiceProvider.GetRequiredService<AccountSeeder>()
            .CreateUserAsync(userName, $"Посторонний {userName}", role, Password, null);
        db.People.Add(new Person
        {
            FullName = $"Посторонний {userName}", UserId = user.Id,
            Organisation = new Organisation { Name = $"Организация {userName}" },
        });
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>An account with the Leader role who leads the named project (and no other).</summary>
    public static async Task<string> LeaderOfAsync(PortalFactory portal, string userName, string projectName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await scope.ServiceProvider.GetRequiredService<AccountSeeder>()
            .CreateUserAsync(userName, $"Руководитель {userName}", ProjectOffice.Domain.Access.Roles.Leader, Password, null);
        var person = new Person { FullName = $"Руководитель {userName}", UserId = user.Id };
        var projectId = await db.Projects.Where(p => p.Name == projectName).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        db.ProjectMembers.Add(new ProjectMember { ProjectId = projectId, Role = MemberRole.Leader, Person = person, SortOrder = 99 });
        await db.SaveChangesAsync();
        return user.Id;
    }

    public static async Task<PortalClient> SignInAsync(PortalFactory portal, string userName)
    {
        var client = portal.CreatePortalClient();
        await client.SignInAsync(userName, Password);
        return client;
    }

    public static async Task<string> UserIdAsync(PortalFactory portal, string userName)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }
}
