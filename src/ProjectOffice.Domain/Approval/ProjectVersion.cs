namespace ProjectOffice.Domain.Approval;

/// <summary>
/// An approved passport, frozen: the projectoffice/1 document of the project at the moment of approval, with who
/// agreed and who approved it. Never changed after it is written; a change request leads to the next number.
/// </summary>
public sealed class ProjectVersion
{
    public int Id { get; set; }
    public int ProjectId { get; set; }

    /// <summary>1, 2, 3 … per project.</summary>
    public int Number { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string? AgreedByUserId { get; set; }
    public int? AgreedByPersonId { get; set; }
    public string AgreedByName { get; set; } = "";
    public DateOnly? AgreedOn { get; set; }

    public string? ApprovedByUserId { get; set; }
    public int? ApprovedByPersonId { get; set; }
    public string ApprovedByName { get; set; } = "";
    public DateOnly ApprovedOn { get; set; }

    /// <summary>The reason of the change request that led to this version; none for the first.</summary>
    public string? ChangeReason { get; set; }

    /// <summary>The projectoffice/1 JSON of the passport as approved (jsonb).</summary>
    public string Snapshot { get; set; } = "";
}
