namespace ProjectOffice.Domain.Approval;

/// <summary>Data older than the separation-of-duties rules in which one person holds roles that should be apart (<see cref="SeparationOfDuties"/>).</summary>
public enum RoleConflictKind
{
    /// <summary>The project's curator is also its leader or project administrator.</summary>
    CuratorIsEditor = 1,

    /// <summary>An approved version agreed and approved by the same person.</summary>
    ApprovedByAgreer = 2,

    /// <summary>An approved version approved by the person who submitted it.</summary>
    ApprovedBySubmitter = 3,

    /// <summary>A stage closed by the person who reported it.</summary>
    StageClosedByReporter = 4,
}
