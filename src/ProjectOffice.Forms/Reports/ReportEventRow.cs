namespace ProjectOffice.Forms.Reports;

/// <summary>A control event as the report shows it: dates, deviation, status, the responsible, the leader's explanation.</summary>
public sealed record ReportEventRow
{
    public required int ControlEventId { get; init; }
    public required string Number { get; init; }
    public required string Name { get; init; }
    public DateOnly? PlannedDate { get; init; }
    public DateOnly? DoneOn { get; init; }

    /// <summary>Days late (positive) or early (negative); null when not due or undated.</summary>
    public int? DeviationDays { get; init; }
    public required bool IsLate { get; init; }
    public required string Status { get; init; }
    public string? Responsible { get; init; }
    public string? Explanation { get; init; }
    public string? Measures { get; init; }
}
