using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Messages of typed cells (dates, phrases, amounts keyed by year or source). MVC runs a row's IValidatableObject only
/// when its attributes passed, which would hide a bad date behind a missing name; these checks run for every row, so
/// the user sees every message at once.
/// </summary>
public static class GridErrors
{
    /// <summary>Adds each result under prefix + its member name («Indicators[0].» + «Values[2019]»).</summary>
    public static void Add(ModelStateDictionary modelState, string prefix, IEnumerable<ValidationResult> results)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(""))
            {
                modelState.AddModelError(prefix + member, result.ErrorMessage ?? "");
            }
        }
    }

    /// <summary>The message for the span next to a field the view names by hand.</summary>
    public static string? For(ModelStateDictionary modelState, string key)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage).Distinct())
            : null;
    }
}
