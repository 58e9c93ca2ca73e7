namespace ProjectOffice.Domain.Access;

/// <summary>
/// What a person may do in the portal, named once. The names double as authorization policy names;
/// which role grants what is in <see cref="RolePermissions"/>.
/// </summary>
public static class Permissions
{
    /// <summary>The project list and the portal's read pages.</summary>
    public const string ViewProjects = nameof(ViewProjects);

    /// <summary>Per project: read its passport, plan, forms and evidence files.</summary>
    public const string ViewProject = nameof(ViewProject);
    public const string ManageUsers = nameof(ManageUsers);
    public const string ManageReferenceLists = nameof(ManageReferenceLists);
    public const string CreateProject = nameof(CreateProject);

    /// <summary>Per project: granted globally (office, administrator) or by the person's role in that project.</summary>
    public const string EditPassport = nameof(EditPassport);

    /// <summary>Per project: build the event plan and the control events.</summary>
    public const string EditPlan = nameof(EditPlan);

    /// <summary>Per project: mark control events done (also the event's responsible person, checked per event).</summary>
    public const string MarkControlEventDone = nameof(MarkControlEventDone);

    /// <summary>Bring whole projects in from projectoffice/1 JSON.</summary>
    public const string ImportProjects = nameof(ImportProjects);

    /// <summary>Per project: hand the draft passport to the project office (the project's leader and administrator).</summary>
    public const string SubmitPassport = nameof(SubmitPassport);

    /// <summary>Per project: agree («СОГЛАСОВАНО») or return the submitted passport (the project office).</summary>
    public const string AgreePassport = nameof(AgreePassport);

    /// <summary>Per project: approve («УТВЕРЖДАЮ») or return the agreed passport (global curators and the project's curator).</summary>
    public const string ApprovePassport = nameof(ApprovePassport);

    /// <summary>Per project: open a change request on the approved passport (the project's leader and administrator).</summary>
    public const string RequestChange = nameof(RequestChange);

    /// <summary>Per project: report a stage complete (the project's leader and administrator).</summary>
    public const string ReportStage = nameof(ReportStage);

    /// <summary>Per project: close, return or reopen a reported stage (global curators and the project's curator).</summary>
    public const string CloseStage = nameof(CloseStage);

    /// <summary>
    /// Set, change or remove a project's curator (any team row with the role Куратор): the curator approves the passport
    /// and closes stages, so the project's own editors may not choose them (separation of duties). Also the list of
    /// people holding conflicting roles.
    /// </summary>
    public const string AssignCurator = nameof(AssignCurator);

    /// <summary>Dashboards across all projects.</summary>
    public const string MonitorAllProjects = nameof(MonitorAllProjects);

    /// <summary>Start a practice passport (a team links it to a project it edits).</summary>
    public const string CreatePractice = nameof(CreatePractice);

    /// <summary>Edit any practice passport, published ones too. Others edit a draft as its author or as an editor of its project.</summary>
    public const string EditPractice = nameof(EditPractice);

    /// <summary>Publish a practice in the library, return it to draft, import practices from JSON.</summary>
    public const string PublishPractice = nameof(PublishPractice);

    public static IReadOnlyList<string> All { get; } =
        [
            ViewProjects, ViewProject, ManageUsers, ManageReferenceLists, CreateProject, EditPassport, EditPlan, MarkControlEventDone, MonitorAllProjects,
            ImportProjects, SubmitPassport, AgreePassport, ApprovePassport, RequestChange, ReportStage, CloseStage,
            CreatePractice, EditPractice, PublishPractice, AssignCurator,
        ];
}
