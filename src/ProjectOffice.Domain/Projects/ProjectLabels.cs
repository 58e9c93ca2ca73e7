namespace ProjectOffice.Domain.Projects;

/// <summary>The Russian words the portal and the forms print for the project enums (docs/project-format.md §5).</summary>
public static class ProjectLabels
{
    /// <summary>The statuses in lifecycle order, for filters; their words are <see cref="Approval.StatusLabels"/>.</summary>
    public static IReadOnlyList<ProjectStatus> Statuses { get; } =
        [ProjectStatus.Draft, ProjectStatus.InAgreement, ProjectStatus.InApproval, ProjectStatus.Approved, ProjectStatus.Completed];

    /// <summary>«Паспорт проекта (пп. 1–22)»: the list, the card, the passport editor and the version comparison.</summary>
    public static string Layout(ProjectLayout layout) => layout switch
    {
        ProjectLayout.Municipal => "Паспорт проекта (пп. 1–22)",
        ProjectLayout.National => "Паспорт национального (регионального) проекта (разделы 1–5)",
        _ => layout.ToString(),
    };

    /// <summary>Item 3 «Вид проекта».</summary>
    public static string Kind(ProjectKind kind) => kind switch
    {
        ProjectKind.Priority => "приоритетный",
        ProjectKind.External => "внешний",
        ProjectKind.Internal => "внутренний",
        _ => kind.ToString(),
    };

    public static string IndicatorType(IndicatorType type) => type switch
    {
        Projects.IndicatorType.Main => "Основной",
        Projects.IndicatorType.Additional => "Дополнительный",
        _ => type.ToString(),
    };

    /// <summary>«муниципального проекта» for captions («Куратор муниципального проекта»).</summary>
    public static string LevelGenitive(ProjectLevel? level) => level switch
    {
        ProjectLevel.Municipal => "муниципального проекта",
        ProjectLevel.Regional => "регионального проекта",
        ProjectLevel.Federal => "федерального проекта",
        _ => "проекта",
    };

    /// <summary>«муниципальному проекту», for «Всего по муниципальному проекту, в том числе:».</summary>
    public static string LevelDative(ProjectLevel? level) => level switch
    {
        ProjectLevel.Municipal => "муниципальному проекту",
        ProjectLevel.Regional => "региональному проекту",
        ProjectLevel.Federal => "федеральному проекту",
        _ => "проекту",
    };

    /// <summary>The role column of the national participants table when the row has no own wording.</summary>
    public static string ParticipantRole(MemberRole role, ProjectLevel? level)
    {
        var project = LevelGenitive(level);
        return role switch
        {
            MemberRole.Curator => "Куратор " + project,
            MemberRole.Leader => "Руководитель " + project,
            MemberRole.Administrator => "Администратор " + project,
            MemberRole.ResultOwner => "Ответственный за достижение результата " + project,
            _ => "Участник " + project,
        };
    }

    /// <summary>The title a signature block prints above its lines: «СОГЛАСОВАНО», «УТВЕРЖДАЮ», «Руководитель проекта».</summary>
    public static string SignatureTitle(SignatureKind kind) => kind switch
    {
        SignatureKind.Agreed => "СОГЛАСОВАНО",
        SignatureKind.Approved => "УТВЕРЖДАЮ",
        _ => PassportLabels.Role(MemberRole.Leader),
    };
}
