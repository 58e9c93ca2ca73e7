namespace ProjectOffice.Web.Features.Reports;

public sealed class EventNoteInput
{
    public int ControlEventId { get; set; }
    public string? Explanation { get; set; }
    public string? Measures { get; set; }
}
