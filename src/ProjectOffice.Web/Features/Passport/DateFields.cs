using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>Date fields are bound as text and checked here, so that «31.06.2021» gets a Russian message next to the field.</summary>
public static class DateFields
{
    /// <summary>The message for one date field, or nothing when it holds a real date.</summary>
    public static IEnumerable<ValidationResult> Check(string? text, string member)
    {
        if (!DateInput.TryParse(text, out _, out var error))
        {
            yield return new ValidationResult(error, [member]);
        }
    }

    /// <summary>Both dates real and the end not before the start.</summary>
    public static IEnumerable<ValidationResult> CheckRange(string? start, string? end, string startMember, string endMember, string endBeforeStart)
    {
        var startOk = DateInput.TryParse(start, out var from, out var startError);
        var endOk = DateInput.TryParse(end, out var to, out var endError);
        if (!startOk)
        {
            yield return new ValidationResult(startError, [startMember]);
        }

        if (!endOk)
        {
            yield return new ValidationResult(endError, [endMember]);
        }

        if (startOk && endOk && to < from)
        {
            yield return new ValidationResult(endBeforeStart, [endMember]);
        }
    }

    /// <summary>The date of a field that passed <see cref="Check"/>.</summary>
    public static DateOnly Value(string? text) =>
        DateInput.TryParse(text, out var date, out var error) ? date : throw new InvalidOperationException(error);
}
