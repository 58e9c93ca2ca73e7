using System.ComponentModel.DataAnnotations;
using ProjectOffice.Web.Infrastructure;
using System.Globalization;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>Every field of a plan item. Dates are typed text (dd.MM.yyyy) so that an impossible date gets a Russian message.</summary>
public sealed class PlanItemForm : IValidatableObject
{
    public PlanItemKind Kind { get; set; }
    public int? ParentId { get; set; }

    /// <summary>The project's Version when the form was opened.</summary>
    public uint Version { get; set; }
    public string? Command { get; set; }

    [Display(Name = "Наименование")]
    [StringLength(5000, ErrorMessage = "Не более 5000 символов.")]
    public string? Name { get; set; }

    [Display(Name = "Этап паспорта")]
    public int? StageId { get; set; }

    [Display(Name = "Задача паспорта")]
    public int? TaskId { get; set; }

    [Display(Name = "Результат раздела 3 паспорта")]
    public int? ResultId { get; set; }

    [Display(Name = "Дата начала")]
    public string? Start { get; set; }

    [Display(Name = "Дата окончания")]
    public string? End { get; set; }

    [Display(Name = "Начало, как напечатано")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? StartText { get; set; }

    [Display(Name = "Окончание, как напечатано")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? EndText { get; set; }

    [Display(Name = "Пометка после даты начала")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? StartNote { get; set; }

    [Display(Name = "Пометка после даты окончания")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? EndNote { get; set; }

    [Display(Name = "Срок словами")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? DeadlineText { get; set; }

    [Display(Name = "Даты отчётов")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? ReportDates { get; set; }

    [Display(Name = "Показатель результата: наименование")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? IndicatorName { get; set; }

    [Display(Name = "Единица измерения")]
    [StringLength(200, ErrorMessage = "Не более 200 символов.")]
    public string? IndicatorUnit { get; set; }

    [Display(Name = "Плановое значение")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    [NumberSize]
    public string? PlannedValueText { get; set; }

    public List<YearValueInput> YearValues { get; set; } = [];

    [Display(Name = "Вид документа и характеристика результата")]
    [StringLength(2000, ErrorMessage = "Не более 2000 символов.")]
    public string? DocumentType { get; set; }

    [Display(Name = "Уровень контроля")]
    public ControlLevel? ControlLevel { get; set; }

    [Display(Name = "Уровень контроля, как напечатано")]
    [StringLength(300, ErrorMessage = "Не более 300 символов.")]
    public string? ControlLevelText { get; set; }

    public List<ResponsibleInput> Responsibles { get; set; } = [];

    /// <summary>The user saw that the dates run past the stage or the project and saves anyway.</summary>
    public bool ConfirmOutOfRange { get; set; }

    public DateOnly? StartDate => Parse(Start);
    public DateOnly? EndDate => Parse(End);

    public IReadOnlyList<DateOnly> ReportDateList =>
        SplitDates(ReportDates).Select(Parse).OfType<DateOnly>().Distinct().Order().ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == PlanItemKind.Stage && StageId is null)
        {
            yield return new ValidationResult("Выберите этап паспорта.", [nameof(StageId)]);
        }

        if (Kind == PlanItemKind.Task && TaskId is null)
        {
            yield return new ValidationResult("Выберите задачу паспорта.", [nameof(TaskId)]);
        }

        if (PlanShape.HasOwnName(Kind) && string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult("Введите наименование.", [nameof(Name)]);
        }

        var startOk = RussianDate.TryParse(Start, out var start, out var startError);
        if (!startOk)
        {
            yield return new ValidationResult(startError, [nameof(Start)]);
        }

        var endOk = RussianDate.TryParse(End, out var end, out var endError);
        if (!endOk)
        {
            yield return new ValidationResult(endError, [nameof(End)]);
        }

        if (startOk && endOk && PlanDates.OrderError(start, end) is { } order)
        {
            yield return new ValidationResult(order, [nameof(End)]);
        }

        foreach (var text in SplitDates(ReportDates))
        {
            if (!RussianDate.TryParse(text, out _, out var error))
            {
                yield return new ValidationResult($"Даты отчётов: {error}", [nameof(ReportDates)]);
            }
        }

        foreach (var (row, i) in YearValues.Select((r, i) => (r, i)))
        {
            var hasYear = int.TryParse(row.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year);
            if (!string.IsNullOrWhiteSpace(row.Year) && (!hasYear || year < 1990 || year > 2100))
            {
                yield return new ValidationResult("Год — четыре цифры, например 2026.", [$"{nameof(YearValues)}[{i}].{nameof(row.Year)}"]);
            }
            else if (string.IsNullOrWhiteSpace(row.Year) != string.IsNullOrWhiteSpace(row.Text))
            {
                yield return new ValidationResult("Заполните и год, и значение (или удалите строку).", [$"{nameof(YearValues)}[{i}].{nameof(row.Text)}"]);
            }
        }

        var years = YearValues.Where(r => !string.IsNullOrWhiteSpace(r.Year)).GroupBy(r => r.Year!.Trim());
        if (years.Any(g => g.Count() > 1))
        {
            yield return new ValidationResult("Каждый год — не больше одного раза.", [nameof(YearValues)]);
        }

        foreach (var (row, i) in Responsibles.Select((r, i) => (r, i)))
        {
            if (row.PersonId is null && string.IsNullOrWhiteSpace(row.Text) && !row.IsEmpty)
            {
                yield return new ValidationResult("Выберите человека или впишите организацию.", [$"{nameof(Responsibles)}[{i}].{nameof(row.PersonId)}"]);
            }
        }
    }

    private static DateOnly? Parse(string? text) => RussianDate.TryParse(text, out var date, out _) ? date : null;

    private static string[] SplitDates(string? text) =>
        (text ?? "").Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
