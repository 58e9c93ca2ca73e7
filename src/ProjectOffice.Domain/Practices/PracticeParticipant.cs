namespace ProjectOffice.Domain.Practices;

/// <summary>Section 11: a participant of the deployment and its role (line breaks of the cell kept).</summary>
public sealed class PracticeParticipant : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    public int SortOrder { get; set; }
}
