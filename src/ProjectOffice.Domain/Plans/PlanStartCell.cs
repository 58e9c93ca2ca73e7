namespace ProjectOffice.Domain.Plans;

/// <summary>A plan start cell read back: the date and the note printed after it («(далее ежегодно)»).</summary>
public sealed record PlanStartCell(DateOnly? Date, string? Note);
