using System.Security.Claims;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Journal;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>Import of a practice JSON by a person (the import page and the API): the practice and its journal row in one transaction.</summary>
public static class PracticeImports
{
    public static async Task<PracticeImportOutcome> ImportAndSaveAsync(AppDbContext db, ClaimsPrincipal user, Stream json, DateTimeOffset now, CancellationToken ct)
    {
        var outcome = await PracticeImporter.ImportJsonAsync(db, json, user.FindFirstValue(ClaimTypes.NameIdentifier), now, ct);
        if (outcome.Practice is not { } practice)
        {
            return outcome;
        }

        // The journal names the practice by its id, which the database gives on the first save.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Record(user, practice, JournalAction.Create, now, "Импорт из JSON", newValue: practice.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return outcome;
    }
}
