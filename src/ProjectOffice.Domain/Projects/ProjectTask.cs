namespace ProjectOffice.Domain.Projects;

/// <summary>A task of the project (item 17, or national section 3 with its numbered results).</summary>
public sealed class ProjectTask
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
    public List<TextVariant> PrintedNames { get; set; } = [];
    public List<ProjectResult> Results { get; set; } = [];
}
