using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Forms.Reports;

/// <summary>One funding source in the report (or the total): planned for the year, executed in the period and since January, %.</summary>
public sealed record ReportBudgetRow
{
    /// <summary>Null for the total row.</summary>
    public int? FundingSourceId { get; init; }
    public required string Source { get; init; }
    public decimal? Planned { get; init; }
    public string? ExecutedText { get; init; }
    public decimal? Executed { get; init; }
    public required decimal Cumulative { get; init; }

    /// <summary>Executed since January, % of the year's plan.</summary>
    public decimal? PercentOfYear { get; init; }
    public required TrafficLight Light { get; init; }

    /// <summary>More executed than planned for the year: allowed, but flagged.</summary>
    public required bool ExceedsPlan { get; init; }
}
