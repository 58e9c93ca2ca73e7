namespace ProjectOffice.Domain.Approval;

/// <summary>A step of the passport's or a stage's way to approval, as the decision history records it.</summary>
public enum DecisionKind
{
    /// <summary>The leader hands the draft to the project office.</summary>
    Submitted = 1,

    /// <summary>The project office agrees («СОГЛАСОВАНО»): the passport goes to the curator.</summary>
    Agreed = 2,
    ReturnedByOffice = 3,

    /// <summary>The curator approves («УТВЕРЖДАЮ»): a numbered version is frozen.</summary>
    Approved = 4,
    ReturnedByCurator = 5,

    /// <summary>Запрос на изменение of an approved passport: it becomes a draft again, the version stays frozen.</summary>
    ChangeRequested = 6,

    StageReported = 7,
    StageClosed = 8,
    StageReturned = 9,
    StageReopened = 10,
}
