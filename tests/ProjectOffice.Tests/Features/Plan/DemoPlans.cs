using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ProjectOffice.Data;
using ProjectOffice.Tests.Infrastructure;

namespace ProjectOffice.Tests.Features.Plan;

/// <summary>Ids of the demo projects and their rows, read once per test through a scope of the portal's services.</summary>
internal static class DemoPlans
{
    public const string Municipal = "Инженерный кластер";
    public const string National = "Успех каждого ребенка";

    public static async Task<int> ProjectIdAsync(PortalFactory portal, string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // The seeded demo project is the first of its name: tests sharing the database import copies of it.
        return await db.Projects.Where(p => p.Name == name).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
    }

    /// <summary>Runs a read or an arrangement against the test database.</summary>
    public static async Task<T> WithDbAsync<T>(PortalFactory portal, Func<AppDbContext, Task<T>> work)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}
