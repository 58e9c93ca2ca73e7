using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

public sealed class ControlEventListModel
{
    public required ProjectHeader Project { get; init; }

    /// <summary>Stage headings of the municipal form (null title: events without a stage), each with its events.</summary>
    public required IReadOnlyList<(string? Title, IReadOnlyList<ControlEventRow> Rows)> Groups { get; init; }
    public required ControlEventState? Filter { get; init; }
    public required IReadOnlyDictionary<ControlEventState, int> Counts { get; init; }
    public required int Total { get; init; }
    public required bool CanEdit { get; init; }
    public required DateOnly Today { get; init; }
    public string? Message { get; init; }
}
