using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class MarkDoneForm : IValidatableObject
{
    public uint Version { get; set; }

    [Display(Name = "Фактическая дата")]
    [Required(ErrorMessage = "Введите фактическую дату в виде ДД.ММ.ГГГГ.")]
    public string? DoneOn { get; set; }

    [Display(Name = "Комментарий")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Comment { get; set; }

    [Display(Name = "Подтверждающий файл")]
    public IFormFile? Evidence { get; set; }

    public DateOnly? Date => RussianDate.TryParse(DoneOn, out var date, out _) ? date : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!RussianDate.TryParse(DoneOn, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(DoneOn)]);
        }
    }
}
