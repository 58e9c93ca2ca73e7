using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

public sealed class NewProjectForm : IValidatableObject
{
    [Display(Name = "Вид паспорта")]
    [Required(ErrorMessage = "Выберите вид паспорта.")]
    public ProjectLayout Layout { get; set; } = ProjectLayout.Municipal;

    [Display(Name = "Наименование проекта")]
    [Required(ErrorMessage = "Впишите наименование проекта.")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? Name { get; set; }

    [Display(Name = "Краткое наименование")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? ShortName { get; set; }

    [Display(Name = "Начало проекта")]
    public string? Start { get; set; }

    [Display(Name = "Окончание проекта")]
    public string? End { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Layout))
        {
            yield return new ValidationResult("Выберите вид паспорта из списка.", [nameof(Layout)]);
        }

        foreach (var error in DateFields.CheckRange(Start, End, nameof(Start), nameof(End), StageRules.PeriodEndBeforeStart))
        {
            yield return error;
        }
    }
}
