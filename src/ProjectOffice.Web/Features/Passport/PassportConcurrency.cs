using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Every passport section form carries the project's Version (xmin) as the editor saw it. Saving any
/// section touches the project row, so a second editor's save fails instead of silently overwriting.
/// </summary>
public static class PassportConcurrency
{
    public const string ConflictMessage =
        "Паспорт проекта изменил другой пользователь, пока вы его редактировали. Ваши изменения не сохранены, " +
        "но остались в форме: откройте паспорт в новой вкладке, сверьте данные и сохраните ещё раз.";

    /// <summary>Call before SaveChanges: SaveChanges then throws DbUpdateConcurrencyException when someone saved in between.</summary>
    public static void ExpectVersion(this AppDbContext db, Project project, uint seenVersion, DateTimeOffset now)
    {
        db.Entry(project).Property(p => p.Version).OriginalValue = seenVersion;
        project.UpdatedAt = now;
        db.Entry(project).Property(p => p.UpdatedAt).IsModified = true;
    }

    /// <summary>Saves; false (and a form-level error) when another person saved the passport first.</summary>
    public static Task<bool> TrySaveAsync(this AppDbContext db, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, CancellationToken ct) =>
        db.TrySaveAsync(modelState, ConflictMessage, ct);
}
