using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>A control event as the list, the event page and the dashboards show it; a control point's name, date and responsible stand in for missing own ones.</summary>
public sealed class ControlEventRow
{
    public required int Id { get; init; }
    public required int ProjectId { get; init; }
    public int Number { get; set; }
    public int SortOrder { get; init; }
    public int? StageId { get; init; }
    public int? PlanItemId { get; init; }
    public string? PlanItemNumber { get; set; }
    public bool TakesFromControlPoint { get; init; }
    public required string Name { get; init; }
    public DateOnly? PlannedDate { get; init; }
    public string? PlannedDateText { get; init; }
    public required ControlEventStatus Status { get; init; }
    public ControlEventState State { get; set; }
    public DateOnly? DoneOn { get; init; }
    public string? Comment { get; init; }
    public string? CancelReason { get; init; }
    public int EvidenceCount { get; init; }
    public uint Version { get; init; }
    public IReadOnlyList<ResponsibleLine> Responsibles { get; set; } = [];

    public TrafficLight Light => ControlEventStates.Light(State);

    /// <summary>«31.06.2021» where the signed form says so, else the date.</summary>
    public string DateShown => PlannedDateText ?? RussianDate.Format(PlannedDate);
}
