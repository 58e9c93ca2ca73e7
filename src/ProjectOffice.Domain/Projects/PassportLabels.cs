namespace ProjectOffice.Domain.Projects;

/// <summary>The Russian words the passport editor uses for its enumerations (the rest are in <see cref="ProjectLabels"/>).</summary>
public static class PassportLabels
{
    /// <summary>The one-person roles of the municipal items 7–13 (and national section 1), in form order.</summary>
    public static IReadOnlyList<MemberRole> SingleRoles { get; } =
    [
        MemberRole.Initiator, MemberRole.Curator, MemberRole.Leader, MemberRole.DeputyLeader, MemberRole.Administrator, MemberRole.Coordinator,
    ];

    /// <summary>Roles a row of the national participants table may have.</summary>
    public static IReadOnlyList<MemberRole> ParticipantRoles { get; } =
    [
        MemberRole.Curator, MemberRole.Leader, MemberRole.Administrator, MemberRole.Participant, MemberRole.ResultOwner,
    ];

    public static string Level(ProjectLevel level) => level switch
    {
        ProjectLevel.Federal => "федеральный",
        ProjectLevel.Regional => "региональный",
        ProjectLevel.Municipal => "муниципальный",
        _ => level.ToString(),
    };

    public static string Breakdown(BudgetBreakdown breakdown) => breakdown switch
    {
        BudgetBreakdown.Stage => "по этапам",
        BudgetBreakdown.Direction => "по результатам (направлениям)",
        _ => breakdown.ToString(),
    };

    public static string Role(MemberRole role) => role switch
    {
        MemberRole.Initiator => "Инициатор проекта",
        MemberRole.Curator => "Куратор проекта",
        MemberRole.Leader => "Руководитель проекта",
        MemberRole.DeputyLeader => "Заместитель руководителя проекта",
        MemberRole.Administrator => "Администратор проекта",
        MemberRole.Coordinator => "Координатор проекта",
        MemberRole.Executor => "Исполнитель",
        MemberRole.Participant => "Участник проекта",
        MemberRole.ResultOwner => "Ответственный за достижение результата",
        _ => role.ToString(),
    };

    public static string GroupKind(ParticipantGroupKind kind) => kind switch
    {
        ParticipantGroupKind.Project => "Без заголовка (куратор, руководитель, администратор)",
        ParticipantGroupKind.General => "Общие организационные мероприятия по проекту",
        ParticipantGroupKind.Result => "Результат (заголовок ниже)",
        _ => kind.ToString(),
    };
}
