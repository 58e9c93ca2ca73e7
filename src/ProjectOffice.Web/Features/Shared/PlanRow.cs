using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>One plan item as the plan page, the Gantt chart and the forms show it: number and depth derived, texts as printed.</summary>
public sealed class PlanRow
{
    public required int Id { get; init; }
    public required int? ParentId { get; init; }
    public required PlanItemKind Kind { get; init; }
    public required int SortOrder { get; init; }
    public string Number { get; set; } = "";

    /// <summary>The row's own printed number («2.1а», "" for none); null when derived.</summary>
    public string? PrintedNumber { get; init; }
    public int Depth { get; set; }
    public bool IsFirst { get; set; }
    public bool IsLast { get; set; }

    /// <summary>The item's own name, or the name of its stage or task.</summary>
    public string Title { get; set; } = "";
    public int? StageId { get; init; }
    public int? TaskId { get; init; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? StartText { get; init; }
    public string? EndText { get; init; }
    public string? StartNote { get; init; }
    public string? EndNote { get; init; }
    public string? DeadlineText { get; init; }

    /// <summary>The interval the deadline phrase was read as (<see cref="DeadlinePhrase"/>).</summary>
    public DateOnly? DeadlineStart { get; init; }
    public DateOnly? DeadlineEnd { get; init; }

    /// <summary>A phrase that could not be read and no end date: the leader is asked to give a date.</summary>
    public bool DeadlineUnrecognised => DeadlineText is not null && EndDate is null && DeadlineEnd is null;

    /// <summary>Dates the Gantt chart draws: the typed dates, else the phrase's interval.</summary>
    public DateOnly? ChartStart => StartDate ?? (EndDate is null ? DeadlineStart : null);
    public DateOnly? ChartEnd => EndDate ?? DeadlineEnd;
    public IReadOnlyList<DateOnly> ReportDates { get; init; } = [];
    public string? IndicatorName { get; init; }
    public string? IndicatorUnit { get; init; }
    public string? PlannedValueText { get; init; }
    public IReadOnlyList<PlanYearValue> YearValues { get; init; } = [];
    public string? DocumentType { get; init; }
    public ControlLevel? ControlLevel { get; init; }
    public string? ControlLevelText { get; init; }
    public IReadOnlyList<ResponsibleLine> Responsibles { get; set; } = [];
    public bool ExecutorsOnLines { get; init; }

    public string StartShown => Shown(StartDate, StartText, StartNote);

    /// <summary>The end as printed; a deadline given only as a phrase shows the phrase.</summary>
    public string EndShown => EndDate is null && EndText is null && DeadlineText is not null ? DeadlineText : Shown(EndDate, EndText, EndNote);

    public string LevelShown => ControlLevelText ?? (ControlLevel is { } level ? PlanShape.ControlLevelLabel(level) : "");

    /// <summary>«Количество ОУ, ед.» — the municipal plan prints name and unit together.</summary>
    public string IndicatorShown => PlanItem.ResultCaption(IndicatorName, IndicatorUnit) ?? "";

    private static string Shown(DateOnly? date, string? text, string? note) =>
        text ?? (date is null ? "" : note is null ? RussianDate.Format(date) : $"{RussianDate.Format(date)} {note}");
}
