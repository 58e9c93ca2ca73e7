namespace ProjectOffice.Domain.Projects;

/// <summary>Per-form settings of a project: the annex number in «ПРИЛОЖЕНИЕ № N к паспорту …».</summary>
public sealed class ProjectForm
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public FormKind Form { get; set; }
    public int? Annex { get; set; }
}
