using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Access;

/// <summary>
/// The one table of which role grants which permission: global roles everywhere, project roles
/// (the person's role in the team) only in that project.
/// </summary>
public static class RolePermissions
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        [Roles.Admin] =
        [
            Permissions.ViewProjects, Permissions.ViewProject, Permissions.ManageUsers, Permissions.ManageReferenceLists,
            Permissions.CreateProject, Permissions.EditPassport, Permissions.EditPlan, Permissions.MarkControlEventDone,
            Permissions.MonitorAllProjects, Permissions.ImportProjects, Permissions.CreatePractice, Permissions.EditPractice, Permissions.PublishPractice,
            Permissions.AssignCurator,
        ],
        [Roles.Office] =
        [
            Permissions.ViewProjects, Permissions.ViewProject, Permissions.CreateProject, Permissions.EditPassport,
            Permissions.EditPlan, Permissions.MarkControlEventDone, Permissions.MonitorAllProjects, Permissions.ImportProjects,
            Permissions.AgreePassport, Permissions.CreatePractice, Permissions.EditPractice, Permissions.PublishPractice, Permissions.AssignCurator,
        ],
        // A global curator approves any project's passport and closes its stages; so does the project's own curator
        // member (project table below), whatever their global role.
        [Roles.Curator] =
        [
            Permissions.ViewProjects, Permissions.ViewProject, Permissions.MonitorAllProjects, Permissions.ApprovePassport,
            Permissions.CloseStage,
        ],
        // Leaders and methodists read the projects they take part in and those of their organisation (ProjectAccessHandler).
        [Roles.Leader] = [Permissions.ViewProjects, Permissions.CreateProject, Permissions.CreatePractice],
        [Roles.Methodist] = [Permissions.ViewProjects],
        [Roles.Viewer] = [Permissions.ViewProjects, Permissions.ViewProject],
    };

    private static readonly Dictionary<MemberRole, string[]> ProjectTable = new()
    {
        [MemberRole.Leader] =
        [
            Permissions.ViewProject, Permissions.EditPassport, Permissions.EditPlan, Permissions.MarkControlEventDone,
            Permissions.SubmitPassport, Permissions.RequestChange, Permissions.ReportStage,
        ],
        [MemberRole.Administrator] =
        [
            Permissions.ViewProject, Permissions.EditPassport, Permissions.EditPlan, Permissions.MarkControlEventDone,
            Permissions.SubmitPassport, Permissions.RequestChange, Permissions.ReportStage,
        ],
        [MemberRole.Curator] = [Permissions.ViewProject, Permissions.ApprovePassport, Permissions.CloseStage],
    };

    /// <summary>Team roles that may edit the passport (leader, project administrator): they may not also approve it or close its stages.</summary>
    public static bool IsEditorRole(MemberRole role) => GrantsInProject([role], Permissions.EditPassport);

    public static bool GrantsInProject(IEnumerable<MemberRole> projectRoles, string permission) =>
        projectRoles.Any(role => ProjectTable.TryGetValue(role, out var granted) && granted.Contains(permission));

    public static bool Grants(IEnumerable<string> roles, string permission) =>
        roles.Any(role => Table.TryGetValue(role, out var granted) && granted.Contains(permission));
}
