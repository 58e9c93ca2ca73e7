namespace ProjectOffice.Domain.Projects;

/// <summary>What makes a stage (and the project period that holds the stages) consistent.</summary>
public static class StageRules
{
    public const string EndBeforeStart = "Дата окончания раньше даты начала.";
    public const string PeriodEndBeforeStart = "Окончание проекта раньше его начала.";

    /// <summary>The message for a stage whose dates leave the project period, or null when it lies inside.</summary>
    public static string? OutsidePeriod(DateOnly start, DateOnly end, DateOnly periodStart, DateOnly periodEnd) =>
        start < periodStart || end > periodEnd
            ? $"Этап должен лежать в сроках проекта: {DateInput.Format(periodStart)} – {DateInput.Format(periodEnd)}."
            : null;

    /// <summary>Before a period change: the first stage (in order) the new period would leave outside, if any.</summary>
    public static Stage? FirstOutside(IEnumerable<Stage> stages, DateOnly periodStart, DateOnly periodEnd) =>
        stages.OrderBy(s => s.SortOrder)
            .FirstOrDefault(s => OutsidePeriod(s.StartDate, s.EndDate, periodStart, periodEnd) is not null);

    public static string PeriodLeavesStageOutside(Stage stage) =>
        $"Этап «{stage.Name}» ({DateInput.Format(stage.StartDate)} – {DateInput.Format(stage.EndDate)}) окажется вне сроков проекта. " +
        "Сначала измените даты этапа на странице «Этапы».";
}
