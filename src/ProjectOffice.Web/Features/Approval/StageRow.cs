using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Web.Features.Approval;

public sealed class StageRow
{
    public required int Id { get; init; }
    public required int Number { get; init; }
    public required string Name { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; init; }
    public required StageStatus Status { get; init; }

    /// <summary>The stage row's concurrency token as shown: its decisions carry it.</summary>
    public required uint Version { get; init; }

    /// <summary>The last decision on the stage, so the leader sees why it came back.</summary>
    public DecisionRow? Last { get; init; }

    /// <summary>The steps the signed-in person may take on it now.</summary>
    public required IReadOnlyList<DecisionKind> Steps { get; init; }

    /// <summary>Its control events not done yet, and the overdue ones among them (shown beside «Закрыть этап»).</summary>
    public string? CloseWarning { get; init; }
}
