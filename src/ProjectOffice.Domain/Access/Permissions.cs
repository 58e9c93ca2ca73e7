namespace ProjectOffice.Domain.Access;

/// <summary>
/// What a person may do in the portal, named once. The names double as authorization policy names;
/// which role grants what is in <see cref="RolePermissions"/>.
/// </summary>
public static class Permissions
{
    public const string ViewProjects = nameof(ViewProjects);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ManageReferenceLists = nameof(ManageReferenceLists);
    public const string CreateProject = nameof(CreateProject);

    /// <summary>Per project: granted globally (office, administrator) or by the person's role in that project.</summary>
    public const string EditPassport = nameof(EditPassport);

    public static IReadOnlyList<string> All { get; } = [ViewProjects, ManageUsers, ManageReferenceLists, CreateProject, EditPassport];
}
