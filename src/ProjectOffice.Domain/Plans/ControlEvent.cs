namespace ProjectOffice.Domain.Plans;

/// <summary>
/// A control event (контрольное событие). When it is linked to a control point of the plan, the control point
/// gives its name, date and responsible; otherwise it carries its own.
/// </summary>
public sealed class ControlEvent
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? PlanItemId { get; set; }
    public PlanItem? PlanItem { get; set; }
    public string? Name { get; set; }
    public DateOnly? PlannedDate { get; set; }
    public string? PlannedDateText { get; set; }
    public int? StageId { get; set; }
    public int SortOrder { get; set; }
    public ControlEventStatus Status { get; set; } = ControlEventStatus.Planned;
    public DateOnly? DoneOn { get; set; }

    /// <summary>The person the paper names as having done it (imports); the portal records DoneByUserId.</summary>
    public int? DoneByPersonId { get; set; }
    public string? DoneByUserId { get; set; }
    public DateTimeOffset? MarkedAt { get; set; }
    public string? Comment { get; set; }
    public string? CancelReason { get; set; }
    public uint Version { get; set; }
    public List<Responsible> Responsibles { get; set; } = [];
    public List<EvidenceFile> Evidence { get; set; } = [];
}
