using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Approval;

/// <summary>
/// Черновик → На согласовании (project office agrees or returns) → На утверждении (curator approves or returns)
/// → Утвержден; a change request turns an approved passport into a draft again. Returns and change requests
/// need a comment, which the leader reads.
/// </summary>
public static class PassportWorkflow
{
    public const int MaxCommentLength = 4000;

    public static IReadOnlyList<DecisionKind> Steps { get; } =
    [
        DecisionKind.Submitted, DecisionKind.Agreed, DecisionKind.ReturnedByOffice,
        DecisionKind.Approved, DecisionKind.ReturnedByCurator, DecisionKind.ChangeRequested,
    ];

    /// <summary>The passport (its sections, stages, budget) is edited only as a draft; under review and once approved it is frozen.</summary>
    public static bool IsPassportEditable(ProjectStatus status) => status == ProjectStatus.Draft;

    /// <summary>The status in which a step may be taken.</summary>
    public static ProjectStatus From(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted => ProjectStatus.Draft,
        DecisionKind.Agreed or DecisionKind.ReturnedByOffice => ProjectStatus.InAgreement,
        DecisionKind.Approved or DecisionKind.ReturnedByCurator => ProjectStatus.InApproval,
        DecisionKind.ChangeRequested => ProjectStatus.Approved,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a passport step."),
    };

    public static ProjectStatus To(DecisionKind kind) => kind switch
    {
        DecisionKind.Submitted => ProjectStatus.InAgreement,
        DecisionKind.Agreed => ProjectStatus.InApproval,
        DecisionKind.Approved => ProjectStatus.Approved,
        DecisionKind.ReturnedByOffice or DecisionKind.ReturnedByCurator or DecisionKind.ChangeRequested => ProjectStatus.Draft,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a passport step."),
    };

    public static WorkflowOutcome<ProjectStatus> Decide(ProjectStatus current, DecisionKind kind, string? comment)
    {
        if (current != From(kind))
        {
            return Refused(
                $"Паспорт сейчас в статусе «{StatusLabels.Of(current)}»: действие «{DecisionKinds.Label(kind)}» недоступно.");
        }

        if (comment is { Length: > MaxCommentLength })
        {
            return CommentNeeded($"Комментарий не должен быть длиннее {MaxCommentLength} символов.");
        }

        if (string.IsNullOrWhiteSpace(comment))
        {
            if (DecisionKinds.IsReturn(kind))
            {
                return CommentNeeded("Укажите, что нужно исправить: при возврате комментарий обязателен.");
            }

            if (kind == DecisionKind.ChangeRequested)
            {
                return CommentNeeded("Укажите причину изменения утвержденного паспорта.");
            }
        }

        return new WorkflowOutcome<ProjectStatus>(To(kind), null, false);
    }

    private static WorkflowOutcome<ProjectStatus> Refused(string error) => new(null, error, false);

    private static WorkflowOutcome<ProjectStatus> CommentNeeded(string error) => new(null, error, true);
}
