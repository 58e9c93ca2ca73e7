using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Domain.Notifications;

/// <summary>
/// Who hears of a workflow decision by e-mail: those whose turn it now is, named by the permission of their next step
/// (the same permissions that show them the item in «Входящие»), and under which kind they may turn it off.
/// </summary>
public static class DecisionNotices
{
    public static string Audience(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted or DecisionKind.ChangeRequested => Permissions.AgreePassport,
        DecisionKind.Agreed => Permissions.ApprovePassport,
        DecisionKind.ReturnedByOffice or DecisionKind.ReturnedByCurator or DecisionKind.Approved => Permissions.SubmitPassport,
        DecisionKind.StageReported => Permissions.CloseStage,
        DecisionKind.StageClosed or DecisionKind.StageReturned or DecisionKind.StageReopened => Permissions.ReportStage,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Kind(DecisionKind kind) => kind >= DecisionKind.StageReported ? NotificationKinds.Stages : NotificationKinds.Passport;
}
