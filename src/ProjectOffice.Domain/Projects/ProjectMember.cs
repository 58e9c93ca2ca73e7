using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// A person in a project role: the single roles of the municipal items 7–13, a row of the executors table,
/// or a row of the national participants table. Position, e-mail and phone are kept as this passport prints them,
/// since the same person is described differently in different places.
/// </summary>
public sealed class ProjectMember
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public MemberRole Role { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>When the row names no single person: «Руководители общеобразовательных учреждений города».</summary>
    public string? NameText { get; set; }

    /// <summary>The role as the participants table words it: «Участник муниципального проекта».</summary>
    public string? RoleTitle { get; set; }
    public string? Position { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? DirectSupervisor { get; set; }
    public int? SupervisorPersonId { get; set; }

    /// <summary>% employment as typed («20%») and its number.</summary>
    public string? EmploymentText { get; set; }
    public decimal? Employment { get; set; }
    public int? GroupId { get; set; }
    public ParticipantGroup? Group { get; set; }
    public int SortOrder { get; set; }

    public string DisplayName => Person?.FullName ?? NameText ?? "";
}
