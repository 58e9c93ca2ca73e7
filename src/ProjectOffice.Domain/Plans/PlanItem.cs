namespace ProjectOffice.Domain.Plans;

/// <summary>
/// A node of a project's event plan. Numbers (1., 1.1, 1.1.1) are derived from position (see PlanNumbering),
/// never stored. Stage and task nodes print their stage's or task's name.
/// </summary>
public sealed class PlanItem
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? ParentId { get; set; }
    public PlanItemKind Kind { get; set; }
    public int SortOrder { get; set; }
    public string? Name { get; set; }

    /// <summary>
    /// The number the paper prints for this row when it is not the derived one: «2.1а» as typed, or "" for a row
    /// printed without a number; null (the default) prints the number <see cref="PlanNumbering"/> derives.
    /// </summary>
    public string? PrintedNumber { get; set; }
    public int? StageId { get; set; }
    public int? TaskId { get; set; }

    /// <summary>A plan result's link to the passport's section-3 result.</summary>
    public int? ResultId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>Printed instead of the date (the signed paper's «31.06.2021»).</summary>
    public string? StartText { get; set; }
    public string? EndText { get; set; }

    /// <summary>Printed after the date: «(далее ежегодно до 2021 г.)».</summary>
    public string? StartNote { get; set; }
    public string? EndNote { get; set; }

    /// <summary>A deadline given only as a phrase: «декабрь 2017», «с 15.01.2018 по 25.03.2018».</summary>
    public string? DeadlineText { get; set; }

    /// <summary>
    /// What <see cref="DeadlineText"/> means in dates (<see cref="DeadlinePhrase"/>), kept beside it so the Gantt chart,
    /// overdue checks and reminders can use it in queries; both null when the phrase was not understood.
    /// Never exported: it is derived from the text and the project's period.
    /// </summary>
    public DateOnly? DeadlineStart { get; set; }
    public DateOnly? DeadlineEnd { get; set; }
    public List<DateOnly> ReportDates { get; set; } = [];
    public string? IndicatorName { get; set; }
    public string? IndicatorUnit { get; set; }
    public string? PlannedValueText { get; set; }
    public decimal? PlannedValue { get; set; }
    public List<PlanYearValue> YearValues { get; set; } = [];
    public string? DocumentType { get; set; }
    public ControlLevel? ControlLevel { get; set; }

    /// <summary>The printed level when it is not КП/РП/АП (seed 001 prints «К»).</summary>
    public string? ControlLevelText { get; set; }
    public List<Responsible> Responsibles { get; set; } = [];

    /// <summary>The executors print one per line, as the paper has them, instead of joined with «; » / «, ».</summary>
    public bool ExecutorsOnLines { get; set; }
    public List<PlanItem> Children { get; set; } = [];

    /// <summary>
    /// «Количество ОУ, ед.» as plans print the result column: the result's name and unit, or the unit alone on a row
    /// whose own name is the result (no named result indicator); null when neither is given.
    /// </summary>
    public static string? ResultCaption(string? name, string? unit) =>
        string.IsNullOrWhiteSpace(unit) ? name : name is null ? unit : $"{name}, {unit}";

    /// <summary>Reads <see cref="DeadlineText"/> again (after it or the project's period changed).</summary>
    public void InterpretDeadline(DateRange? period)
    {
        var interval = DeadlinePhrase.Parse(DeadlineText, period);
        (DeadlineStart, DeadlineEnd) = (interval?.Start, interval?.End);
    }
}
