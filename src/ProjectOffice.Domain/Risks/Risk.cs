namespace ProjectOffice.Domain.Risks;

/// <summary>
/// A risk of the project's register: owned, scored on probability × impact, answered by measures, reviewed on a date.
/// Item 22 of the passport gives the first lines of the register; the register never rewrites the passport.
/// </summary>
public sealed class Risk
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public RiskKind Kind { get; set; } = RiskKind.External;
    public string Title { get; set; } = "";
    public string? Description { get; set; }
    public string? Cause { get; set; }
    public string? Consequence { get; set; }

    /// <summary>A person of the project's team.</summary>
    public int? OwnerPersonId { get; set; }

    /// <summary>1–5 on the register's scale.</summary>
    public int Probability { get; set; } = 3;

    /// <summary>1–5 on the register's scale.</summary>
    public int Impact { get; set; } = 3;
    public RiskStrategy Strategy { get; set; } = RiskStrategy.Mitigate;

    /// <summary>The sign that the risk is coming true («срыв поставки оборудования более чем на месяц»).</summary>
    public string? Trigger { get; set; }

    /// <summary>When the owner looks at the risk again: within the project's period; reminders read it.</summary>
    public DateOnly? ReviewDate { get; set; }
    public RiskStatus Status { get; set; } = RiskStatus.Open;

    /// <summary>The passport line (item 22) the risk was made from, as it was printed; null for risks added later.</summary>
    public string? PassportText { get; set; }
    public int SortOrder { get; set; }

    /// <summary>Optimistic-concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
    public List<RiskMeasure> Measures { get; set; } = [];
    public List<RiskStatusChange> History { get; set; } = [];

    /// <summary>Open and monitored risks count on the heat map and in reports; occurred and closed ones do not.</summary>
    public bool IsOpen => RiskRules.IsOpen(Status);
}
