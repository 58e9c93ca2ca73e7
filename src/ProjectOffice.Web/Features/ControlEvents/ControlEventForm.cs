using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Plan;

namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>Creating or editing a control event (not its status: marking done and cancelling have their own forms).</summary>
public sealed class ControlEventForm : IValidatableObject
{
    /// <summary>The event's Version when the form was opened (0 for a new event).</summary>
    public uint Version { get; set; }
    public string? Command { get; set; }

    [Display(Name = "Наименование контрольного события")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Name { get; set; }

    [Display(Name = "Дата наступления")]
    public string? PlannedDate { get; set; }

    [Display(Name = "Этап")]
    public int? StageId { get; set; }

    [Display(Name = "Пункт плана")]
    public int? PlanItemId { get; set; }

    public List<ResponsibleInput> Responsibles { get; set; } = [];

    public bool ConfirmOutOfRange { get; set; }

    /// <summary>Set by the controller: the chosen plan item is a control point, which gives name, date and responsible.</summary>
    public bool LinkedToControlPoint { get; set; }

    public DateOnly? Date => RussianDate.TryParse(PlannedDate, out var date, out _) ? date : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!RussianDate.TryParse(PlannedDate, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(PlannedDate)]);
        }

        var hasOwn = !string.IsNullOrWhiteSpace(Name) || !string.IsNullOrWhiteSpace(PlannedDate) || Responsibles.Any(r => !r.IsEmpty);
        if (LinkedToControlPoint)
        {
            if (hasOwn)
            {
                yield return new ValidationResult(
                    "Событие, связанное с контрольной точкой, берёт название, дату и ответственных из неё: оставьте эти поля пустыми или выберите другой пункт плана.",
                    [nameof(PlanItemId)]);
            }

            yield break;
        }

        if (string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult("Введите наименование контрольного события.", [nameof(Name)]);
        }

        if (string.IsNullOrWhiteSpace(PlannedDate))
        {
            yield return new ValidationResult("Введите дату наступления в виде ДД.ММ.ГГГГ.", [nameof(PlannedDate)]);
        }

        foreach (var (row, i) in Responsibles.Select((r, i) => (r, i)))
        {
            if (row.PersonId is null && string.IsNullOrWhiteSpace(row.Text) && !row.IsEmpty)
            {
                yield return new ValidationResult("Выберите человека или впишите организацию.", [$"{nameof(Responsibles)}[{i}].{nameof(row.PersonId)}"]);
            }
        }
    }
}
