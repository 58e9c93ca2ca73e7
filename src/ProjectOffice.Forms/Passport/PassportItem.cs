namespace ProjectOffice.Forms.Passport;

/// <summary>
/// A numbered item of the municipal passport: «7 | Инициатор проекта | Ефимова Лариса Геннадьевна, …». Its value is
/// paragraphs, or one of the nested tables (executors of item 11, stages of item 19, budget of item 20).
/// </summary>
public sealed record PassportItem
{
    public required int Number { get; init; }
    public required string Caption { get; init; }
    public IReadOnlyList<PassportParagraph> Paragraphs { get; init; } = [];
    public IReadOnlyList<PassportExecutor>? Executors { get; init; }
    public IReadOnlyList<PassportStageRow>? Stages { get; init; }
    public PassportStageBudget? Budget { get; init; }
}
