using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Catalogue;

/// <summary>The project a form prints: as it is stored now, or as one of its approved versions froze it.</summary>
public sealed record PrintedProject
{
    /// <summary>
    /// The entity graph the form reads: what the form includes of the stored project, or the whole graph rebuilt from a
    /// version's snapshot. Lists may come in any order and hold rows of other forms: forms filter and order themselves.
    /// </summary>
    public required Project Project { get; init; }

    /// <summary>The approved version printed, or null for the project as it is now.</summary>
    public int? Version { get; init; }

    /// <summary>
    /// The approved version whose text a passport form carries: the version printed, or, for the project as it is now,
    /// its latest version while the passport stands approved (its editors are frozen then, so the rows are that
    /// version). Named in the file name and in the signature blocks' notes (<see cref="Domain.Approval.SignatureNote"/>).
    /// Forms edited after approval (plan, control events, risks) name only <see cref="Version"/>.
    /// </summary>
    public int? PassportVersion { get; init; }

    /// <summary>The date the file name carries: the version's approval, else the passport's «УТВЕРЖДАЮ» date when known.</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>Not approved yet: printed «ПРОЕКТ», signature blocks without dates. A version is approved by definition.</summary>
    public bool IsDraft => Project.Status < ProjectStatus.Approved;
}
