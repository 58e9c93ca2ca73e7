namespace ProjectOffice.Forms.Plan;

/// <summary>What is wrong with an uploaded plan, and where: the sheet row (0: the file as a whole) and column letter.</summary>
public sealed record PlanSheetProblem(int Row, string? Column, string Message)
{
    /// <summary>«Строка 14, столбец C: дата «31.06.2021» не существует».</summary>
    public string Text => (Row, Column) switch
    {
        (0, _) => Message,
        (_, null) => $"Строка {Row}: {Message}",
        _ => $"Строка {Row}, столбец {Column}: {Message}",
    };
}
