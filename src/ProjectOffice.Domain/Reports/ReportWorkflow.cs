using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Domain.Reports;

/// <summary>
/// The report's way: the leader submits, the curator agrees or returns with a comment, the office accepts or returns
/// with a comment; an accepted report is frozen and a correction opens a new revision. Nobody agrees, accepts or
/// returns a report they submitted, and nobody accepts one they agreed themselves.
/// </summary>
public static class ReportWorkflow
{
    public const int MaxCommentLength = 4000;

    /// <summary>Only a draft is edited; from submission on the report is frozen (changes answer 409).</summary>
    public static bool IsEditable(ReportStatus status) => status == ReportStatus.Draft;

    public static (ReportStatus From, ReportStatus To) Transition(ReportStep step) => step switch
    {
        ReportStep.Submit => (ReportStatus.Draft, ReportStatus.Submitted),
        ReportStep.CuratorReturn => (ReportStatus.Submitted, ReportStatus.Draft),
        ReportStep.Agree => (ReportStatus.Submitted, ReportStatus.Agreed),
        ReportStep.OfficeReturn => (ReportStatus.Agreed, ReportStatus.Draft),
        ReportStep.Accept => (ReportStatus.Agreed, ReportStatus.Accepted),
        ReportStep.Correct => (ReportStatus.Accepted, ReportStatus.Draft),
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Not a report step."),
    };

    /// <param name="actorUserId">Who takes the step.</param>
    /// <param name="report">Who submitted and agreed the report so far.</param>
    public static WorkflowOutcome<ReportStatus> Decide(ProjectReport report, ReportStep step, string? comment, string? actorUserId)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (from, to) = Transition(step);
        if (report.Status != from)
        {
            return new(null, $"Отчет сейчас в статусе «{StatusLabel(report.Status)}»: действие «{StepLabel(step)}» недоступно.", false);
        }

        var judgesOwnWork = step is ReportStep.Agree or ReportStep.CuratorReturn or ReportStep.Accept or ReportStep.OfficeReturn
                            && actorUserId is not null && actorUserId == report.SubmittedByUserId;
        if (judgesOwnWork)
        {
            return new(null, "Нельзя согласовывать, принимать или возвращать отчет, который вы представили сами.", false);
        }

        if (step == ReportStep.Accept && actorUserId is not null && actorUserId == report.AgreedByUserId)
        {
            return new(null, "Отчет принимает не тот, кто его согласовал: нужен второй человек.", false);
        }

        if (comment is { Length: > MaxCommentLength })
        {
            return new(null, $"Комментарий не должен быть длиннее {MaxCommentLength} символов.", true);
        }

        if (string.IsNullOrWhiteSpace(comment) && step is ReportStep.CuratorReturn or ReportStep.OfficeReturn or ReportStep.Correct)
        {
            return new(null, step == ReportStep.Correct
                ? "Укажите, что исправляется в принятом отчете: комментарий обязателен."
                : "Укажите, что нужно исправить: при возврате комментарий обязателен.", true);
        }

        return new(to, null, false);
    }

    /// <summary>
    /// Writes a decision <see cref="Decide"/> allowed: the new status, who and when (a return clears the submission and
    /// the agreement, so the next round is signed afresh), and the history row.
    /// </summary>
    public static void Record(ProjectReport report, ReportStep step, ReportStatus next, string? comment, string? userId, string userName, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(report);
        report.Status = next;
        report.UpdatedAt = now;
        switch (step)
        {
            case ReportStep.Submit:
                (report.SubmittedByUserId, report.SubmittedByName, report.SubmittedOn) = (userId, userName, today);
                break;
            case ReportStep.Agree:
                (report.AgreedByUserId, report.AgreedByName, report.AgreedOn) = (userId, userName, today);
                break;
            case ReportStep.Accept:
                (report.AcceptedByUserId, report.AcceptedByName, report.AcceptedOn) = (userId, userName, today);
                break;
            case ReportStep.CuratorReturn or ReportStep.OfficeReturn:
                (report.SubmittedByUserId, report.SubmittedByName, report.SubmittedOn) = (null, null, null);
                (report.AgreedByUserId, report.AgreedByName, report.AgreedOn) = (null, null, null);
                break;
        }

        report.History = [.. report.History, new ReportDecisionRecord { Step = step, At = now, UserId = userId, UserName = userName, Comment = comment }];
    }

    public static string StatusLabel(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "Черновик",
        ReportStatus.Submitted => "Представлен",
        ReportStatus.Agreed => "Согласован куратором",
        ReportStatus.Accepted => "Принят",
        _ => status.ToString(),
    };

    public static string StepLabel(ReportStep step) => step switch
    {
        ReportStep.Submit => "Представить отчет",
        ReportStep.CuratorReturn => "Вернуть на доработку (куратор)",
        ReportStep.Agree => "Согласовать",
        ReportStep.OfficeReturn => "Вернуть на доработку (проектный офис)",
        ReportStep.Accept => "Принять",
        ReportStep.Correct => "Исправить принятый отчет",
        _ => step.ToString(),
    };

    /// <summary>The permission each step needs (the one table in Access/RolePermissions says who holds it).</summary>
    public static string Permission(ReportStep step) => step switch
    {
        ReportStep.Submit => Access.Permissions.SubmitReport,
        ReportStep.CuratorReturn or ReportStep.Agree => Access.Permissions.AgreeReport,
        ReportStep.OfficeReturn or ReportStep.Accept => Access.Permissions.AcceptReport,
        _ => Access.Permissions.EditReport,
    };
}
