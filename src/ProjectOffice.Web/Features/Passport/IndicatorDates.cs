using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Baseline and report dates are optional text fields read by the portal's one date parser (<see cref="DateInput"/>),
/// so an impossible date such as 31.06.2021 gets the same Russian message here as in every other form.
/// </summary>
public static class IndicatorDates
{
    public static string? Format(DateOnly? date) => DateInput.Format(date);

    /// <summary>Empty text is no date; otherwise a real calendar date or an error message.</summary>
    public static (DateOnly? Date, string? Error) Parse(string? text) =>
        RussianDate.TryParse(text, out var date, out var error) ? (date, null) : (null, error);
}
