using ProjectOffice.Domain.Plans;
using System.ComponentModel.DataAnnotations;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>An actual value of the indicator for a year or a period («I квартал 2020»).</summary>
public sealed class ActualInput
{
    public int Id { get; set; }

    [Display(Name = "Год")]
    public int? Year { get; set; }

    [Display(Name = "Период")]
    [StringLength(200, ErrorMessage = "Не более 200 символов.")]
    public string? PeriodText { get; set; }

    [Display(Name = "Фактическое значение")]
    [Required(ErrorMessage = "Введите фактическое значение.")]
    [StringLength(IndicatorInput.MaxValueLength, ErrorMessage = "Не более 100 символов.")]
    [NumberSize]
    public string? ValueText { get; set; }

    [Display(Name = "Дата отчета")]
    public string? ReportedOn { get; set; }

    [Display(Name = "Комментарий")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Comment { get; set; }

    /// <summary>Checks of typed text the attributes cannot express; the controller adds them for every row (see GridErrors).</summary>
    public IEnumerable<ValidationResult> CheckTyped()
    {
        if (Year is null && string.IsNullOrWhiteSpace(PeriodText))
        {
            yield return new ValidationResult("Укажите год или период.", [nameof(Year)]);
        }
        else if (Year is < 1900 or > 2100)
        {
            yield return new ValidationResult("Укажите год от 1900 до 2100.", [nameof(Year)]);
        }

        if (RussianDate.Parse(ReportedOn).Error is { } dateError)
        {
            yield return new ValidationResult(dateError, [nameof(ReportedOn)]);
        }
    }
}
