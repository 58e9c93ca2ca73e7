using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Data.Risks;

namespace ProjectOffice.Data.DemoData;

/// <summary>
/// The seed documents' projects, loaded through the same importer a user's JSON goes through, so the importer
/// is exercised on every fresh start. Demo accounts are then linked to the people they are.
/// </summary>
public sealed class DemoProjectSeeder(AppDbContext db)
{
    public static readonly string[] Files = ["engineering-cluster.json", "success-of-every-child.json"];

    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        if (await db.Projects.AnyAsync(ct))
        {
            return false;
        }

        foreach (var file in Files)
        {
            await using var json = OpenDemoFile(file);
            var outcome = await ProjectImport.ImportJsonAsync(db, json, ct);
            if (outcome.Project is null)
            {
                throw new InvalidOperationException(
                    $"Demo file {file} does not import: {string.Join("; ", outcome.Problems.Select(p => $"{p.Path}: {p.Message}"))}");
            }

            // The demo register starts as a project office would start it: from item 22 of the passport.
            await RiskRegisterSeeding.FromPassportAsync(db, outcome.Project.Id, DateTimeOffset.UtcNow, "Система", ct);
        }

        await LinkDemoAccountsAsync(ct);
        return true;
    }

    public static Stream OpenDemoFile(string file) =>
        typeof(DemoProjectSeeder).Assembly.GetManifestResourceStream($"ProjectOffice.Data.DemoData.{file}")
        ?? throw new InvalidOperationException($"Demo file {file} is not embedded.");

    private async Task LinkDemoAccountsAsync(CancellationToken ct)
    {
        var accounts = await db.Users.Where(u => DemoUsers.All.Select(d => d.UserName).Contains(u.UserName!)).ToListAsync(ct);
        foreach (var account in accounts)
        {
            var person = await db.People.FirstOrDefaultAsync(p => p.FullName == account.FullName && p.UserId == null, ct);
            if (person is not null)
            {
                person.UserId = account.Id;
                person.Email ??= account.Email;
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
