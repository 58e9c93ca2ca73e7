using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>Messages of fields the views name by hand (cells keyed by source and year), for the span next to the field.</summary>
public static class GridErrors
{
    public static string? For(ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage).Distinct())
            : null;
    }
}
