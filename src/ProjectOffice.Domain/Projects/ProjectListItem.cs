namespace ProjectOffice.Domain.Projects;

/// <summary>One sentence of a list field: an expected result, an external or an internal risk.</summary>
public sealed class ProjectListItem
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public ListItemKind Kind { get; set; }
    public string Text { get; set; } = "";
    public int SortOrder { get; set; }
}
