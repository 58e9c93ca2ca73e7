using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>The save of every editor with optimistic concurrency: a lost race is a message on the form, not a 500.</summary>
public static class ConcurrentSave
{
    /// <summary>Saves; false, with <paramref name="conflictMessage"/> as a form-level error, when someone saved the same row first.</summary>
    public static async Task<bool> TrySaveAsync(this AppDbContext db, ModelStateDictionary modelState, string conflictMessage, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(modelState);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            modelState.AddModelError("", conflictMessage);
            return false;
        }
    }
}
