using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Web.Features.RoleConflicts;

/// <summary>One warning: the project, what is wrong, and who holds both roles. All branches of the list project into it (one UNION ALL).</summary>
public sealed class RoleConflictRow
{
    public int ProjectId { get; init; }
    public string ProjectName { get; init; } = "";
    public RoleConflictKind Kind { get; init; }
    public string PersonName { get; init; } = "";
    public int? VersionNumber { get; init; }
    public string? StageName { get; init; }
}
