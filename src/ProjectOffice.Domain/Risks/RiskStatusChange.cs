namespace ProjectOffice.Domain.Risks;

/// <summary>One step of a risk's status history, with who made it and why.</summary>
public sealed class RiskStatusChange
{
    public int Id { get; set; }
    public int RiskId { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Null for the first entry (the risk was entered).</summary>
    public RiskStatus? From { get; set; }
    public RiskStatus To { get; set; }
    public string? UserName { get; set; }
    public string? Comment { get; set; }
}
