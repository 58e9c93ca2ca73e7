namespace ProjectOffice.Domain.Approval;

/// <summary>
/// One decision on a project's passport or on one of its stages: who, when, which step and the comment
/// (the reason of a return or of a change request). Rows are only ever added.
/// </summary>
public sealed class ApprovalDecision
{
    public int Id { get; set; }
    public int ProjectId { get; set; }

    /// <summary>Set for stage decisions; the stage's name is kept beside it should the stage be deleted later.</summary>
    public int? StageId { get; set; }
    public string? StageName { get; set; }
    public DecisionKind Kind { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }

    /// <summary>The person the account belongs to, when it is linked to one.</summary>
    public int? PersonId { get; set; }
    public string UserName { get; set; } = "";
    public string? Comment { get; set; }

    /// <summary>The version an approval froze.</summary>
    public int? VersionNumber { get; set; }
}
