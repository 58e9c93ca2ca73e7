namespace ProjectOffice.Domain.Plans;

/// <summary>A plan end cell read back: the end date and its note, a deadline phrase, report dates.</summary>
public sealed record PlanEndCell(DateOnly? Date, string? Note, string? Deadline, IReadOnlyList<DateOnly> ReportDates);
