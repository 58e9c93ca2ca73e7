using ProjectOffice.Data;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Every passport section form carries the project's Version (xmin) as the editor saw it. Saving any
/// section touches the project row (<see cref="Layout.ProjectConcurrency"/>), so a second editor's save fails instead of
/// silently overwriting.
/// </summary>
public static class PassportConcurrency
{
    public const string ConflictMessage =
        "Паспорт проекта изменил другой пользователь, пока вы его редактировали. Ваши изменения не сохранены, " +
        "но остались в форме: откройте паспорт в новой вкладке, сверьте данные и сохраните ещё раз.";

    /// <summary>Saves; false (and a form-level error) when another person saved the passport first.</summary>
    public static Task<bool> TrySaveAsync(this AppDbContext db, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, CancellationToken ct) =>
        db.TrySaveAsync(modelState, ConflictMessage, ct);
}
