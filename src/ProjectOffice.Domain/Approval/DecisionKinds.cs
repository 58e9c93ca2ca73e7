using ProjectOffice.Domain.Access;

namespace ProjectOffice.Domain.Approval;

/// <summary>What each decision is called and which permission takes it.</summary>
public static class DecisionKinds
{
    public static string Label(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted => "Передан на согласование",
        DecisionKind.Agreed => "Согласован проектным офисом",
        DecisionKind.ReturnedByOffice => "Возвращен проектным офисом на доработку",
        DecisionKind.Approved => "Утвержден куратором",
        DecisionKind.ReturnedByCurator => "Возвращен куратором на доработку",
        DecisionKind.ChangeRequested => "Запрос на изменение",
        DecisionKind.StageReported => "Доложено о завершении этапа",
        DecisionKind.StageClosed => "Этап закрыт куратором",
        DecisionKind.StageReturned => "Этап возвращен куратором",
        DecisionKind.StageReopened => "Этап открыт повторно",
        _ => kind.ToString(),
    };

    /// <summary>
    /// Submitting and change requests belong to the project's leader and administrator; agreeing to the project
    /// office; approving and closing stages to the curator (see <see cref="RolePermissions"/>).
    /// </summary>
    public static string Permission(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted => Permissions.SubmitPassport,
        DecisionKind.Agreed or DecisionKind.ReturnedByOffice => Permissions.AgreePassport,
        DecisionKind.Approved or DecisionKind.ReturnedByCurator => Permissions.ApprovePassport,
        DecisionKind.ChangeRequested => Permissions.RequestChange,
        DecisionKind.StageReported => Permissions.ReportStage,
        DecisionKind.StageClosed or DecisionKind.StageReturned or DecisionKind.StageReopened => Permissions.CloseStage,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool IsReturn(DecisionKind kind) => kind is DecisionKind.ReturnedByOffice or DecisionKind.ReturnedByCurator;
}
