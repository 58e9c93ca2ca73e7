using System.Globalization;
using System.ComponentModel.DataAnnotations;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Web.Features.Risks;

/// <summary>Adding or editing a risk, its measures and its status. Rules that need the project are checked by <see cref="RiskChecks"/>.</summary>
public sealed class RiskForm : IValidatableObject
{
    /// <summary>The risk's Version when the form was opened (0 for a new risk).</summary>
    public uint Version { get; set; }

    [Display(Name = "Вид риска")]
    public RiskKind Kind { get; set; } = RiskKind.External;

    [Display(Name = "Риск")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Title { get; set; }

    [Display(Name = "Описание")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Description { get; set; }

    [Display(Name = "Причина")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Cause { get; set; }

    [Display(Name = "Последствия")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Consequence { get; set; }

    [Display(Name = "Владелец риска")]
    public int? OwnerPersonId { get; set; }

    [Display(Name = "Вероятность")]
    public int? Probability { get; set; } = 3;

    [Display(Name = "Влияние")]
    public int? Impact { get; set; } = 3;

    [Display(Name = "Стратегия реагирования")]
    public RiskStrategy Strategy { get; set; } = RiskStrategy.Mitigate;

    [Display(Name = "Триггер (индикатор)")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? Trigger { get; set; }

    [Display(Name = "Дата пересмотра")]
    public string? ReviewDate { get; set; }

    [Display(Name = "Статус")]
    public RiskStatus Status { get; set; } = RiskStatus.Open;

    [Display(Name = "Комментарий к смене статуса")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? StatusComment { get; set; }

    public List<MeasureInput> Measures { get; set; } = [];

    public DateOnly? Review => RussianDate.TryParse(ReviewDate, out var date, out _) ? date : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            yield return new ValidationResult("Назовите риск.", [nameof(Title)]);
        }

        if (Probability is null)
        {
            yield return new ValidationResult("Оцените вероятность.", [nameof(Probability)]);
        }

        if (Impact is null)
        {
            yield return new ValidationResult("Оцените влияние.", [nameof(Impact)]);
        }

        if (!RussianDate.TryParse(ReviewDate, out _, out var error))
        {
            yield return new ValidationResult(error, [nameof(ReviewDate)]);
        }

        foreach (var (row, i) in Measures.Select((m, i) => (m, i)))
        {
            if (string.IsNullOrWhiteSpace(row.Text) && !string.IsNullOrEmpty(row.Link))
            {
                yield return new ValidationResult("Опишите меру: связь с планом без текста не сохраняется.", [$"{nameof(Measures)}[{i}].{nameof(row.Text)}"]);
            }

            if (row.Text is { Length: > 2000 })
            {
                yield return new ValidationResult("Не более 2000 символов.", [$"{nameof(Measures)}[{i}].{nameof(row.Text)}"]);
            }
        }
    }

    /// <summary>The form of a stored row, its dates as the user types them.</summary>
    public static RiskForm From(Risk risk) => new()
    {
        Version = risk.Version,
        Kind = risk.Kind,
        Title = risk.Title,
        Description = risk.Description,
        Cause = risk.Cause,
        Consequence = risk.Consequence,
        OwnerPersonId = risk.OwnerPersonId,
        Probability = risk.Probability,
        Impact = risk.Impact,
        Strategy = risk.Strategy,
        Trigger = risk.Trigger,
        ReviewDate = RussianDate.Format(risk.ReviewDate),
        Status = risk.Status,
        Measures =
        [
            .. risk.Measures.OrderBy(m => m.SortOrder).ThenBy(m => m.Id).Select(m => new MeasureInput
            {
                Text = m.Text,
                Link = m.PlanItemId is { } item ? MeasureInput.PlanPrefix + item.ToString(CultureInfo.InvariantCulture)
                    : m.ControlEventId is { } ev ? MeasureInput.EventPrefix + ev.ToString(CultureInfo.InvariantCulture) : null,
            }),
            new(),
        ],
    };

    /// <summary>Writes the form into the risk (not its measures or status: those are checked and journalled by the controller).</summary>
    public void ApplyTo(Risk risk)
    {
        risk.Kind = Kind;
        risk.Title = Title!.Trim();
        risk.Description = Clean(Description);
        risk.Cause = Clean(Cause);
        risk.Consequence = Clean(Consequence);
        risk.OwnerPersonId = OwnerPersonId;
        risk.Probability = Probability!.Value;
        risk.Impact = Impact!.Value;
        risk.Strategy = Strategy;
        risk.Trigger = Clean(Trigger);
        risk.ReviewDate = Review;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
