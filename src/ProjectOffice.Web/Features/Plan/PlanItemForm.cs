using System.ComponentModel.DataAnnotations;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;
using System.Globalization;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

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

    [Display(Name = "Свой номер")]
    [StringLength(20, ErrorMessage = "Не более 20 символов.")]
    public string? OwnNumber { get; set; }

    /// <summary>The row prints without a number (a development plan's unnumbered rows).</summary>
    [Display(Name = "Без номера")]
    public bool NoNumber { get; set; }

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

    [Display(Name = "Каждый исполнитель с новой строки")]
    public bool ExecutorsOnLines { get; set; }

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

        if (NoNumber && !string.IsNullOrWhiteSpace(OwnNumber))
        {
            yield return new ValidationResult("Либо свой номер, либо «без номера».", [nameof(OwnNumber)]);
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

    /// <summary>The form of a stored item, its dates as the user types them.</summary>
    public static PlanItemForm From(PlanItem item, uint version) => new()
    {
        Kind = item.Kind,
        ParentId = item.ParentId,
        Version = version,
        Name = item.Name,
        OwnNumber = string.IsNullOrEmpty(item.PrintedNumber) ? null : item.PrintedNumber,
        NoNumber = item.PrintedNumber == "",
        StageId = item.StageId,
        TaskId = item.TaskId,
        ResultId = item.ResultId,
        Start = RussianDate.Format(item.StartDate),
        End = RussianDate.Format(item.EndDate),
        StartText = item.StartText,
        EndText = item.EndText,
        StartNote = item.StartNote,
        EndNote = item.EndNote,
        DeadlineText = item.DeadlineText,
        ReportDates = string.Join(", ", item.ReportDates.Select(d => RussianDate.Format(d))),
        IndicatorName = item.IndicatorName,
        IndicatorUnit = item.IndicatorUnit,
        PlannedValueText = item.PlannedValueText,
        YearValues = item.YearValues.OrderBy(v => v.Year).Select(v => new YearValueInput { Year = v.Year.ToString(CultureInfo.InvariantCulture), Text = v.Text }).ToList(),
        DocumentType = item.DocumentType,
        ControlLevel = item.ControlLevel,
        ControlLevelText = item.ControlLevelText,
        ExecutorsOnLines = item.ExecutorsOnLines,
        Responsibles = item.Responsibles.OrderBy(r => r.SortOrder)
            .Select(r => new ResponsibleInput { Id = r.Id, PersonId = r.PersonId, PositionText = r.PositionText, Text = r.Text, OrganisationId = r.OrganisationId })
            .DefaultIfEmpty(new ResponsibleInput())
            .ToList(),
    };

    /// <summary>Writes the form into the item (its executors too for a new item; an edited one uses <see cref="ApplyResponsiblesTo"/>).</summary>
    public void ApplyTo(PlanItem item)
    {
        var ownName = PlanShape.HasOwnName(item.Kind);
        item.Name = ownName ? Clean(Name) : null;
        item.PrintedNumber = !ownName ? null : NoNumber ? "" : Clean(OwnNumber);
        item.StageId = item.Kind == PlanItemKind.Stage ? StageId : null;
        item.TaskId = item.Kind == PlanItemKind.Task ? TaskId : null;
        item.ResultId = item.Kind == PlanItemKind.Result ? ResultId : null;
        // Editing a date drops the printed text that stood for the old one («31.06.2021»), unless the text was edited too.
        item.StartText = Companion(StartText, item.StartText, StartDate != item.StartDate);
        item.EndText = Companion(EndText, item.EndText, EndDate != item.EndDate);
        item.StartDate = StartDate;
        item.EndDate = EndDate;
        item.StartNote = Clean(StartNote);
        item.EndNote = Clean(EndNote);
        item.DeadlineText = Clean(DeadlineText);
        item.ReportDates = ReportDateList.ToList();
        item.IndicatorName = Clean(IndicatorName);
        item.IndicatorUnit = Clean(IndicatorUnit);
        item.PlannedValueText = Clean(PlannedValueText);
        item.PlannedValue = NumberPhrase.Parse(item.PlannedValueText);
        item.YearValues = YearValues
            .Where(v => !string.IsNullOrWhiteSpace(v.Year))
            .Select(v => new PlanYearValue { Year = int.Parse(v.Year!.Trim(), CultureInfo.InvariantCulture), Text = v.Text!.Trim() })
            .OrderBy(v => v.Year)
            .ToList();
        item.DocumentType = Clean(DocumentType);
        item.ControlLevel = ControlLevel;
        item.ControlLevelText = ControlLevel is null ? null : Clean(ControlLevelText);
        item.ExecutorsOnLines = ExecutorsOnLines && item.Kind != PlanItemKind.Heading;
        if (item.Kind == PlanItemKind.Heading)
        {
            // A heading groups rows; whatever else was posted for it is not part of it.
            (item.IndicatorName, item.IndicatorUnit, item.PlannedValueText, item.PlannedValue) = (null, null, null, null);
            (item.DocumentType, item.ControlLevel, item.ControlLevelText) = (null, null, null);
            item.YearValues = [];
            Responsibles = [];
        }

        if (item.Id == 0)
        {
            ApplyResponsiblesTo(item);
        }
    }

    /// <summary>Replaces the item's executors with the form's rows (existing ones updated by Id); returns the rows to delete.</summary>
    public List<Responsible> ApplyResponsiblesTo(PlanItem item)
    {
        var kept = new List<Responsible>();
        foreach (var (row, order) in Responsibles.Where(r => !r.IsEmpty).Select((r, i) => (r, i)))
        {
            var entity = row.Id == 0 ? null : item.Responsibles.FirstOrDefault(r => r.Id == row.Id);
            if (entity is null)
            {
                entity = new Responsible();
                item.Responsibles.Add(entity);
            }

            entity.PersonId = row.PersonId;
            entity.PositionText = row.PersonId is null ? null : Clean(row.PositionText);
            entity.Text = row.PersonId is null ? Clean(row.Text) : null;
            entity.OrganisationId = row.PersonId is null ? row.OrganisationId : null;
            entity.SortOrder = order;
            kept.Add(entity);
        }

        var removed = item.Responsibles.Where(r => !kept.Contains(r)).ToList();
        item.Responsibles.RemoveAll(removed.Contains);
        return removed;
    }

    private static string? Companion(string? typed, string? stored, bool dateChanged)
    {
        var text = Clean(typed);
        return dateChanged && text == stored ? null : text;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Parse(string? text) => RussianDate.TryParse(text, out var date, out _) ? date : null;

    private static string[] SplitDates(string? text) =>
        (text ?? "").Split([',', ';', '\n', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
