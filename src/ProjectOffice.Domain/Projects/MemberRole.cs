namespace ProjectOffice.Domain.Projects;

/// <summary>What a person is in a project. Leader and Administrator may edit the project's passport.</summary>
public enum MemberRole
{
    Initiator = 1,
    Curator = 2,
    Leader = 3,
    DeputyLeader = 4,
    Administrator = 5,
    Coordinator = 6,

    /// <summary>A row of the municipal executors table (item 11).</summary>
    Executor = 7,

    /// <summary>A row of the national «Участники» table (section 5), with its own role title.</summary>
    Participant = 8,

    /// <summary>Responsible for achieving a result (national section 5).</summary>
    ResultOwner = 9,
}
