using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProjectOffice.Data;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>
/// Plan edits carry the project's Version like the passport sections do: each save touches the project row, so a
/// second editor working from an older page gets a message instead of silently reordering someone else's plan.
/// </summary>
public static class PlanConcurrency
{
    public const string ConflictMessage =
        "План или паспорт проекта изменил другой пользователь, пока вы работали. Ваши изменения не сохранены, " +
        "но остались в форме: откройте план в новой вкладке, сверьте его и сохраните ещё раз.";

    /// <summary>Saves (the journal rows are added by the journal interceptor in the same save); false and a form-level message when someone saved first.</summary>
    public static Task<bool> TrySavePlanAsync(this AppDbContext db, ModelStateDictionary modelState, CancellationToken ct) =>
        db.TrySaveAsync(modelState, ConflictMessage, ct);
}
