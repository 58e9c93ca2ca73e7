using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Forms.Risks;

/// <summary>One problem of the register as printed.</summary>
public sealed record ProblemRow
{
    public required int Id { get; init; }
    public required uint Version { get; init; }
    public required string Number { get; init; }
    public required string Title { get; init; }
    public string? Description { get; init; }

    /// <summary>«2. Отсутствие инвестиций…» when the problem is a risk that happened.</summary>
    public string? Risk { get; init; }
    public string? Decision { get; init; }
    public required string Responsible { get; init; }
    public required string Deadline { get; init; }
    public required ProblemStatus Status { get; init; }
    public required bool IsLate { get; init; }

    /// <summary>«открыта», «открыта, просрочена», «решена 12.05.2021».</summary>
    public required string StatusText { get; init; }
}
