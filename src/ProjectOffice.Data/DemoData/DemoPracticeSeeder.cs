using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.Exchange;

namespace ProjectOffice.Data.DemoData;

/// <summary>
/// The practice of seed 002 («распределенный детский технологический парк», Обнинск), loaded through the same
/// importer a user's JSON goes through, into a database without practices.
/// </summary>
public sealed class DemoPracticeSeeder(AppDbContext db, TimeProvider clock)
{
    public const string File = "distributed-technopark.json";

    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        if (await db.Practices.AnyAsync(ct))
        {
            return false;
        }

        await using var json = DemoProjectSeeder.OpenDemoFile(File);
        var outcome = await PracticeImporter.ImportJsonAsync(db, json, authorUserId: null, clock.GetUtcNow(), ct);
        if (outcome.Practice is null)
        {
            throw new InvalidOperationException(
                $"Demo file {File} does not import: {string.Join("; ", outcome.Problems.Select(p => $"{p.Path}: {p.Message}"))}");
        }

        await db.SaveChangesAsync(ct);
        return true;
    }
}
