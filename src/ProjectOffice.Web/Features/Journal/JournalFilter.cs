using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Journal;

/// <summary>The journal tab's filters, from the query string; a bad date is reported next to its field and not applied.</summary>
public sealed class JournalFilter : IValidatableObject
{
    [Display(Name = "Пользователь")]
    public string? User { get; set; }

    /// <summary>Named «kind», not «action»: MVC keeps the action's name under that key.</summary>
    [Display(Name = "Действие")]
    public JournalAction? Kind { get; set; }

    [Display(Name = "Объект")]
    public string? Entity { get; set; }

    [Display(Name = "С даты")]
    public string? From { get; set; }

    [Display(Name = "По дату")]
    public string? To { get; set; }

    public int Page { get; set; } = 1;

    public DateOnly? FromDate => RussianDate.Parse(From).Date;

    public DateOnly? ToDate => RussianDate.Parse(To).Date;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RussianDate.Parse(From).Error is { } fromError)
        {
            yield return new ValidationResult(fromError, [nameof(From)]);
        }

        if (RussianDate.Parse(To).Error is { } toError)
        {
            yield return new ValidationResult(toError, [nameof(To)]);
        }

        if (FromDate > ToDate)
        {
            yield return new ValidationResult("Дата «С даты» позже даты «По дату».", [nameof(To)]);
        }
    }

    /// <summary>The address of another page with the same filters.</summary>
    public string PageHref(int projectId, int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("user", User);
        Add("kind", Kind?.ToString());
        Add("entity", Entity);
        Add("from", From);
        Add("to", To);
        Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"/projects/{projectId}/journal?" + string.Join("&", query);
    }
}
