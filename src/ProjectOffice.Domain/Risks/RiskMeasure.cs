namespace ProjectOffice.Domain.Risks;

/// <summary>A measure against a risk: text, optionally a plan item or a control event of the same project.</summary>
public sealed class RiskMeasure
{
    public int Id { get; set; }
    public int RiskId { get; set; }
    public string Text { get; set; } = "";
    public int? PlanItemId { get; set; }
    public int? ControlEventId { get; set; }
    public int SortOrder { get; set; }
}
