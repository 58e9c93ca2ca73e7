using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Forms.Risks;

/// <summary>One risk of the register as printed; the ids and version serve the screen's edit links.</summary>
public sealed record RiskRow
{
    public required int Id { get; init; }
    public required uint Version { get; init; }
    public required string Number { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }
    public string? Cause { get; init; }
    public string? Consequence { get; init; }
    public required string Owner { get; init; }
    public required int Probability { get; init; }
    public required int Impact { get; init; }
    public required int Score { get; init; }
    public required RiskLevel Level { get; init; }
    public string LevelLabel => RiskLabels.Level(Level);
    public required string Strategy { get; init; }
    public required IReadOnlyList<string> Measures { get; init; }
    public string? Trigger { get; init; }
    public required string ReviewDate { get; init; }
    public required bool ReviewDue { get; init; }
    public required RiskStatus Status { get; init; }
    public string StatusLabel => RiskLabels.Status(Status);
    public bool IsOpen => RiskRules.IsOpen(Status);

    /// <summary>«01.03.2021: открыт → мониторинг (Чернецкая Л.Г.): поставщик подтвердил сроки».</summary>
    public required IReadOnlyList<string> History { get; init; }
}
