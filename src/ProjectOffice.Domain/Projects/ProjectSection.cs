namespace ProjectOffice.Domain.Projects;

/// <summary>A section of the additional materials: prose, the indicator methods table, a financing table or another table.</summary>
public sealed class ProjectSection
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public SectionKind Kind { get; set; } = SectionKind.Text;

    /// <summary>As printed, with the author's own numbering («1. Модель функционирования …»).</summary>
    public string Title { get; set; } = "";

    /// <summary>Text sections: <see cref="RichText"/> markup.</summary>
    public string? Body { get; set; }

    /// <summary>Table sections: the column captions and the rows of cells.</summary>
    public List<string> TableColumns { get; set; } = [];
    public List<List<string>> TableRows { get; set; } = [];
    public int SortOrder { get; set; }
}
