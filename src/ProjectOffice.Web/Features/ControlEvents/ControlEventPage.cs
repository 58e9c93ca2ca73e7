using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class ControlEventPage
{
    public required ProjectHeader Project { get; init; }
    public required ControlEventRow Event { get; init; }
    public required string? StageTitle { get; init; }
    public required string? DoneBy { get; init; }
    public required DateTimeOffset? MarkedAt { get; init; }
    public required IReadOnlyList<EvidenceRow> Evidence { get; init; }
    public required IReadOnlyList<HistoryRow> History { get; init; }
    public required bool CanMarkDone { get; init; }
    public required bool CanEdit { get; init; }

    /// <summary>The event's stage is closed: nothing may change until the curator reopens it.</summary>
    public required bool Locked { get; init; }
    public string? Message { get; init; }
    public string? Error { get; init; }
}
