namespace ProjectOffice.Domain.Projects;

/// <summary>A result of a task with its characteristic (national section 3); numbered 1.1, 1.2 … by position.</summary>
public sealed class ProjectResult
{
    public int Id { get; set; }
    public int TaskId { get; set; }
    /// <summary>Rich text in <see cref="RichText"/> markup: paragraphs and «- » lists.</summary>
    public string Name { get; set; } = "";
    public string? Characteristic { get; set; }
    public int SortOrder { get; set; }
}
