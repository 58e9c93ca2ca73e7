using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>
/// Every practice section form carries the practice's Version (xmin) as the editor saw it. Saving any section
/// touches the practice row, so a second editor's save fails instead of silently overwriting.
/// </summary>
public static class PracticeConcurrency
{
    public const string ConflictMessage =
        "Паспорт практики изменил другой пользователь, пока вы его редактировали. Ваши изменения не сохранены, " +
        "но остались в форме: откройте практику в новой вкладке, сверьте данные и сохраните ещё раз.";

    /// <summary>Call before SaveChanges: SaveChanges then throws DbUpdateConcurrencyException when someone saved in between.</summary>
    public static void ExpectVersion(this AppDbContext db, Practice practice, uint seenVersion, DateTimeOffset now)
    {
        db.Entry(practice).Property(p => p.Version).OriginalValue = seenVersion;
        practice.UpdatedAt = now;
        db.Entry(practice).Property(p => p.UpdatedAt).IsModified = true;
    }

    /// <summary>Saves; false (and a form-level error) when another person saved the practice first.</summary>
    public static Task<bool> TrySavePracticeAsync(this AppDbContext db, ModelStateDictionary modelState, CancellationToken ct) =>
        db.TrySaveAsync(modelState, ConflictMessage, ct);
}
