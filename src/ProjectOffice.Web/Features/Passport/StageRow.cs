using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

public sealed class StageRow : IValidatableObject
{
    public int Id { get; set; }

    [Display(Name = "Наименование этапа")]
    [Required(ErrorMessage = "Впишите наименование этапа.")]
    [StringLength(1000, ErrorMessage = "Не более 1000 символов.")]
    public string? Name { get; set; }

    [Display(Name = "Начало")]
    public string? Start { get; set; }

    [Display(Name = "Окончание")]
    public string? End { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        DateFields.CheckRange(Start, End, nameof(Start), nameof(End), StageRules.EndBeforeStart);
}
