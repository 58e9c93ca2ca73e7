using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Optional dates of plan forms: an empty field is no date; anything typed is read by <see cref="DateInput"/>
/// («31.12.2021» or ISO from a date picker), so an impossible date («31.06.2021», the seed's own typo) gets its
/// message instead of a silent correction.
/// </summary>
public static class RussianDate
{
    /// <summary>True with the date (null for an empty field), or false with a Russian message.</summary>
    public static bool TryParse(string? text, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!DateInput.TryParse(text, out var value, out error))
        {
            return false;
        }

        date = value;
        return true;
    }

    /// <summary>The date (null for an empty field) or the Russian message, for callers that want both at once.</summary>
    public static (DateOnly? Date, string? Error) Parse(string? text) => TryParse(text, out var date, out var error) ? (date, null) : (null, error);

    public static string Format(DateOnly? date) => DateInput.Format(date) ?? "";
}
