using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Forms.Reports;

/// <summary>One project's monitoring figures for a period: what the office summary prints and the portfolio shows in a row.</summary>
public sealed record ProjectMonitoring
{
    public required int ProjectId { get; init; }
    public required string Name { get; init; }
    public string? Curator { get; init; }
    public string? Organisation { get; init; }
    public required string Status { get; init; }
    public required int LateCount { get; init; }

    /// <summary>Open problems of the risk register past their deadline at the period's end (or today).</summary>
    public int LateProblems { get; init; }
    public required TrafficLight EventsLight { get; init; }
    public decimal? IndicatorPercent { get; init; }
    public required TrafficLight IndicatorsLight { get; init; }
    public decimal? BudgetPlanned { get; init; }
    public required decimal BudgetExecuted { get; init; }
    public decimal? BudgetPercent { get; init; }
    public required TrafficLight BudgetLight { get; init; }

    /// <summary>The latest revision's status of the period's report; null: not filed.</summary>
    public ReportStatus? ReportStatus { get; init; }

    /// <summary>«Не представлен», «Представлен», «Согласован куратором», «Принят».</summary>
    public string ReportStatusLabel => ReportStatus is { } status ? ReportWorkflow.StatusLabel(status) : "Не представлен";
}
