namespace ProjectOffice.Domain.Practices;

/// <summary>Section 15: an action taken to deploy the practice and who did it (one executor per line).</summary>
public sealed class PracticeAction : IPracticeRow
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public string Description { get; set; } = "";
    public string? Executor { get; set; }
    public int SortOrder { get; set; }
}
