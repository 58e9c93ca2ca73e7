namespace ProjectOffice.Domain.Approval;

/// <summary>
/// The leader reports a stage complete with a comment; the curator closes it or returns it with a comment, and
/// may reopen a closed stage. A closed stage's plan items and control events are read-only.
/// </summary>
public static class StageWorkflow
{
    public static IReadOnlyList<DecisionKind> Steps { get; } =
        [DecisionKind.StageReported, DecisionKind.StageClosed, DecisionKind.StageReturned, DecisionKind.StageReopened];

    /// <summary>Plan items and control events of such a stage may not be changed.</summary>
    public static bool IsReadOnly(StageStatus status) => status == StageStatus.Closed;

    /// <param name="passportApproved">Stages are closed during implementation, after the passport's first approval.</param>
    /// <summary>The state in which a step may be taken, and the state it leads to.</summary>
    public static (StageStatus From, StageStatus To) Transition(DecisionKind kind) => kind switch
    {
        DecisionKind.StageReported => (StageStatus.Open, StageStatus.Reported),
        DecisionKind.StageClosed => (StageStatus.Reported, StageStatus.Closed),
        DecisionKind.StageReturned => (StageStatus.Reported, StageStatus.Open),
        DecisionKind.StageReopened => (StageStatus.Closed, StageStatus.Open),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a stage step."),
    };

    public static WorkflowOutcome<StageStatus> Decide(StageStatus current, DecisionKind kind, string? comment, bool passportApproved)
    {
        var (from, to) = Transition(kind);
        if (!passportApproved)
        {
            return Refused("Этапы закрываются после утверждения паспорта проекта.");
        }

        if (current != from)
        {
            return Refused(
                $"Этап сейчас в состоянии «{StatusLabels.Of(current)}»: действие «{DecisionKinds.Label(kind)}» недоступно.");
        }

        if (comment is { Length: > PassportWorkflow.MaxCommentLength })
        {
            return CommentNeeded($"Комментарий не должен быть длиннее {PassportWorkflow.MaxCommentLength} символов.");
        }

        if (string.IsNullOrWhiteSpace(comment) && kind != DecisionKind.StageClosed)
        {
            return CommentNeeded(kind switch
            {
                DecisionKind.StageReported => "Опишите, что сделано на этапе: комментарий обязателен.",
                DecisionKind.StageReturned => "Укажите, что нужно доделать: при возврате комментарий обязателен.",
                _ => "Укажите причину повторного открытия этапа.",
            });
        }

        return new WorkflowOutcome<StageStatus>(to, null, false);
    }

    private static WorkflowOutcome<StageStatus> Refused(string error) => new(null, error, false);

    private static WorkflowOutcome<StageStatus> CommentNeeded(string error) => new(null, error, true);
}
