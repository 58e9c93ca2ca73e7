using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Approval;

/// <summary>
/// Nobody signs their own work: an approved passport means three different people submitted, agreed and approved it,
/// the approving curator is not the project's leader or project administrator, a stage is closed or returned by a
/// curator who neither reported it nor edits the project, and the project's editors do not choose its curator.
/// Each rule answers null when the step may be taken, else why not (Russian, for the page).
/// </summary>
public static class SeparationOfDuties
{
    public const string CuratorByOfficeOnly =
        "Куратора проекта назначает проектный офис или администратор портала: руководитель и администратор проекта не могут " +
        "добавить, заменить или убрать куратора, потому что куратор утверждает их паспорт и закрывает их этапы. Ничего не сохранено.";

    public const string AgreeOwnSubmission =
        "Вы сами передали этот паспорт на согласование: согласовать его должен другой сотрудник проектного офиса.";

    public const string ApproveOwnSubmission =
        "Вы сами передали этот паспорт на согласование: утвердить его должен куратор, который его не готовил.";

    public const string ApproveOwnAgreement =
        "Вы согласовали этот паспорт от проектного офиса: утвердить его должен другой человек — куратор проекта.";

    public const string ApproveAsEditor =
        "Вы руководитель или администратор этого проекта: утвердить его паспорт может только куратор, который не входит в команду как руководитель или администратор. " +
        "Обратитесь в проектный офис, чтобы назначить другого куратора.";

    public const string StageOwnReport =
        "Вы сами доложили о завершении этого этапа: закрыть или вернуть его должен другой куратор.";

    public const string StageAsEditor =
        "Вы руководитель или администратор этого проекта: закрыть или вернуть его этап может только куратор, который не входит в команду как руководитель или администратор.";

    /// <summary>
    /// A change of who the project's curators are (a row added, its person replaced, removed, or another row given the
    /// role): allowed only to those who may assign curators (<see cref="Access.Permissions.AssignCurator"/>).
    /// </summary>
    /// <param name="before">The curator rows as stored: the person, or the name typed when the row names no person.</param>
    /// <param name="after">The curator rows as they would be saved.</param>
    public static string? CuratorChange(IEnumerable<CuratorKey> before, IEnumerable<CuratorKey> after, bool mayAssignCurator)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (mayAssignCurator)
        {
            return null;
        }

        var stored = before.Order().ToList();
        var wanted = after.Order().ToList();
        return stored.SequenceEqual(wanted) ? null : CuratorByOfficeOnly;
    }

    /// <summary>
    /// A passport step by <paramref name="actor"/>: agreeing needs someone other than the submitter; approving someone
    /// other than the submitter and the agreer of this round, who is not the project's leader or administrator.
    /// Submitting, returns and change requests sign nothing and are not limited here.
    /// </summary>
    /// <param name="submitter">Who submitted the passport in the current round (none for data older than the workflow).</param>
    /// <param name="agreer">Who agreed it in the current round.</param>
    /// <param name="actorRoles">The actor's roles in this project's team.</param>
    public static string? PassportStep(DecisionKind kind, Party actor, Party? submitter, Party? agreer, IEnumerable<MemberRole> actorRoles)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(actorRoles);
        return kind switch
        {
            DecisionKind.Agreed when actor.IsSameAs(submitter) => AgreeOwnSubmission,
            DecisionKind.Approved when actor.IsSameAs(submitter) => ApproveOwnSubmission,
            DecisionKind.Approved when actor.IsSameAs(agreer) => ApproveOwnAgreement,
            DecisionKind.Approved when IsEditor(actorRoles) => ApproveAsEditor,
            _ => null,
        };
    }

    /// <summary>Closing or returning a stage: not by the person who reported it, nor by the project's leader or administrator.</summary>
    /// <param name="reporter">Who reported the stage complete last.</param>
    public static string? StageStep(DecisionKind kind, Party actor, Party? reporter, IEnumerable<MemberRole> actorRoles)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(actorRoles);
        if (kind is not (DecisionKind.StageClosed or DecisionKind.StageReturned))
        {
            return null;
        }

        return actor.IsSameAs(reporter) ? StageOwnReport
            : IsEditor(actorRoles) ? StageAsEditor
            : null;
    }

    /// <summary>One person holding, in one project, the curator's role and an editor's role: they could approve their own passport.</summary>
    public static bool IsConflict(IReadOnlyCollection<MemberRole> rolesOfOnePerson)
    {
        ArgumentNullException.ThrowIfNull(rolesOfOnePerson);
        return rolesOfOnePerson.Contains(MemberRole.Curator) && IsEditor(rolesOfOnePerson);
    }

    private static bool IsEditor(IEnumerable<MemberRole> roles) => roles.Any(Access.RolePermissions.IsEditorRole);
}
