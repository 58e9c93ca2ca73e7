using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Layout;

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

    /// <summary>The form of a stored event (its responsibles as loaded, in order).</summary>
    public static ControlEventForm From(Domain.Plans.ControlEvent ev) => new()
    {
        Version = ev.Version,
        Name = ev.Name,
        PlannedDate = RussianDate.Format(ev.PlannedDate),
        StageId = ev.StageId,
        PlanItemId = ev.PlanItemId,
        Responsibles = ev.Responsibles
            .Select(r => new ResponsibleInput { Id = r.Id, PersonId = r.PersonId, PositionText = r.PositionText, Text = r.Text, OrganisationId = r.OrganisationId })
            .DefaultIfEmpty(new ResponsibleInput())
            .ToList(),
    };

    /// <summary>Writes the form into the event; returns the responsibles it no longer has, for the caller to delete.</summary>
    public List<Responsible> ApplyTo(Domain.Plans.ControlEvent ev)
    {
        ev.StageId = StageId;
        ev.PlanItemId = PlanItemId;
        if (LinkedToControlPoint)
        {
            ev.Name = null;
            ev.PlannedDate = null;
            ev.PlannedDateText = null;
            var all = ev.Responsibles.ToList();
            ev.Responsibles.Clear();
            return all;
        }

        ev.Name = Name!.Trim();
        // The printed «31.06.2021» stands for the stored date; a new date drops it.
        if (Date != ev.PlannedDate)
        {
            ev.PlannedDateText = null;
        }

        ev.PlannedDate = Date;
        var kept = new List<Responsible>();
        foreach (var (row, order) in Responsibles.Where(r => !r.IsEmpty).Select((r, i) => (r, i)))
        {
            var entity = row.Id == 0 ? null : ev.Responsibles.FirstOrDefault(r => r.Id == row.Id);
            if (entity is null)
            {
                entity = new Responsible();
                ev.Responsibles.Add(entity);
            }

            entity.PersonId = row.PersonId;
            entity.PositionText = row.PersonId is null || string.IsNullOrWhiteSpace(row.PositionText) ? null : row.PositionText.Trim();
            entity.Text = row.PersonId is null ? row.Text?.Trim() : null;
            entity.OrganisationId = row.PersonId is null ? row.OrganisationId : null;
            entity.SortOrder = order;
            kept.Add(entity);
        }

        var dropped = ev.Responsibles.Where(r => !kept.Contains(r)).ToList();
        foreach (var removed in dropped)
        {
            ev.Responsibles.Remove(removed);
        }

        return dropped;
    }
}
