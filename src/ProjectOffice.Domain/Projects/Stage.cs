using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Domain.Projects;

public sealed class Stage
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Wording a particular form uses when it differs from the passport's.</summary>
    public List<TextVariant> PrintedNames { get; set; } = [];

    /// <summary>Completion: reported by the leader, closed (or returned) by the curator; see <see cref="StageWorkflow"/>.</summary>
    public StageStatus Status { get; set; }
    public DateTimeOffset? ReportedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>
    /// Changes on every save of the stage (PostgreSQL xmin): a closure or return carries the version it was decided on,
    /// so two curators acting at once leave one decision.
    /// </summary>
    public uint Version { get; set; }
}
