using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>A row of Annex 2: an organisation with its own baseline and value per year, as typed there.</summary>
public sealed class BreakdownRowInput
{
    public int Id { get; set; }

    [Display(Name = "Организация")]
    [Required(ErrorMessage = "Введите организацию.")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? Organisation { get; set; }

    [Display(Name = PassportCaptions.BaselineColumn)]
    [StringLength(IndicatorInput.MaxValueLength, ErrorMessage = "Не более 100 символов.")]
    [NumberSize]
    public string? BaselineText { get; set; }

    [Display(Name = "Дата базового значения")]
    public string? BaselineDate { get; set; }

    public Dictionary<int, string?> Values { get; set; } = [];

    /// <summary>Checks of typed text the attributes cannot express; the controller adds them for every row (see GridErrors).</summary>
    public IEnumerable<ValidationResult> CheckTyped()
    {
        if (RussianDate.Parse(BaselineDate).Error is { } dateError)
        {
            yield return new ValidationResult(dateError, [nameof(BaselineDate)]);
        }

        foreach (var (year, value) in Values)
        {
            if (value?.Trim().Length > IndicatorInput.MaxValueLength)
            {
                yield return new ValidationResult("Не более 100 символов.", [$"{nameof(Values)}[{year}]"]);
            }
            else if (ProjectOffice.Domain.Projects.NumberPhrase.SizeError(value) is { } tooLarge)
            {
                yield return new ValidationResult(tooLarge, [$"{nameof(Values)}[{year}]"]);
            }
        }
    }
}
