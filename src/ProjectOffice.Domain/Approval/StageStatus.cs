namespace ProjectOffice.Domain.Approval;

/// <summary>Where a stage is on its way to closure by the curator.</summary>
public enum StageStatus
{
    /// <summary>Zero so that stages that existed before the workflow are open.</summary>
    Open = 0,

    /// <summary>The leader reported it complete; it waits for the curator.</summary>
    Reported = 1,

    /// <summary>Accepted by the curator: its plan items and control events are read-only until reopened.</summary>
    Closed = 2,
}
