using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reports;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Reports;

/// <summary>
/// «Отчет о ходе реализации проекта» for one period: everything the report page shows and the printed form prints,
/// built once by <see cref="ReportQuery"/>. An accepted report is this record frozen as JSON and read back.
/// </summary>
public sealed record ReportDocument
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }

    /// <summary>«проекта» or «муниципального проекта», as the other forms' titles.</summary>
    public required string ProjectCaption { get; init; }
    public required string Period { get; init; }
    public required string PeriodLabel { get; init; }
    public required int Revision { get; init; }
    public required ReportStatus Status { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public required DateOnly DueDate { get; init; }

    public required IReadOnlyList<ReportEventRow> Events { get; init; }
    public required IReadOnlyList<ReportIndicatorRow> Indicators { get; init; }
    public required IReadOnlyList<ReportBudgetRow> Budget { get; init; }
    public required ReportBudgetRow BudgetTotal { get; init; }

    public string? Risks { get; init; }

    /// <summary>
    /// The risk register's open high and critical risks and its open problems, as the register stood when the report
    /// was prepared (or accepted: the snapshot keeps them); the page, the print and the workbook list them after
    /// the leader's <see cref="Risks"/>.
    /// </summary>
    public IReadOnlyList<ReportRiskRow> RegisterRisks { get; init; } = [];
    public string? Proposals { get; init; }

    public required TrafficLight EventsLight { get; init; }
    public required TrafficLight IndicatorsLight { get; init; }
    public required TrafficLight BudgetLight { get; init; }

    /// <summary>The deviation rule printed under every table coloured by it.</summary>
    public required string RuleText { get; init; }

    public required IReadOnlyList<SignatureData> Signatures { get; init; }

    public int LateCount => Events.Count(e => e.IsLate);

    /// <summary>Not accepted yet: printed «ПРОЕКТ».</summary>
    public bool IsDraft => Status != ReportStatus.Accepted;

    /// <summary>«Отчет о ходе реализации проекта Инженерный кластер за март 2021 г.»</summary>
    public string Title => $"Отчет о ходе реализации проекта {ProjectName} за {PeriodLabel}";
}
