namespace ProjectOffice.Domain.Reports;

/// <summary>The leader's word on one control event of the report: why it is late and what is done about it.</summary>
public sealed class ReportEventNote
{
    public int ControlEventId { get; set; }
    public string? Explanation { get; set; }
    public string? Measures { get; set; }
}
