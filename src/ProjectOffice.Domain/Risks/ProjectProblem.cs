namespace ProjectOffice.Domain.Risks;

/// <summary>A problem (проблема, инцидент): a risk that happened, or raised directly; decided, owned and due.</summary>
public sealed class ProjectProblem
{
    public int Id { get; set; }
    public int ProjectId { get; set; }

    /// <summary>The risk that became this problem, if any.</summary>
    public int? RiskId { get; set; }
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Decision { get; set; }

    /// <summary>A person of the project's team.</summary>
    public int? ResponsiblePersonId { get; set; }
    public DateOnly? Deadline { get; set; }
    public ProblemStatus Status { get; set; } = ProblemStatus.Open;
    public DateOnly? ResolvedOn { get; set; }
    public int SortOrder { get; set; }
    public uint Version { get; set; }
}
