using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Web.Features.Approval;

/// <summary>The URL and the button of each workflow step on the approval page.</summary>
public static class ApprovalSteps
{
    public static string Slug(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted => "submit",
        DecisionKind.Agreed => "agree",
        DecisionKind.ReturnedByOffice => "office-return",
        DecisionKind.Approved => "approve",
        DecisionKind.ReturnedByCurator => "curator-return",
        DecisionKind.ChangeRequested => "change-request",
        DecisionKind.StageReported => "report",
        DecisionKind.StageClosed => "close",
        DecisionKind.StageReturned => "return",
        DecisionKind.StageReopened => "reopen",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Button(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted => "Передать на согласование",
        DecisionKind.Agreed => "Согласовать",
        DecisionKind.ReturnedByOffice or DecisionKind.ReturnedByCurator => "Вернуть на доработку",
        DecisionKind.Approved => "Утвердить",
        DecisionKind.ChangeRequested => "Открыть запрос на изменение",
        DecisionKind.StageReported => "Доложить о завершении",
        DecisionKind.StageClosed => "Принять и закрыть этап",
        DecisionKind.StageReturned => "Вернуть",
        DecisionKind.StageReopened => "Открыть повторно",
        _ => kind.ToString(),
    };

    public static string PassportAction(int projectId, DecisionKind kind) => $"/projects/{projectId}/approval/{Slug(kind)}";

    public static string StageAction(int projectId, int stageId, DecisionKind kind) => $"/projects/{projectId}/approval/stages/{stageId}/{Slug(kind)}";
}
