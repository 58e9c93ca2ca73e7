using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>The query string of the project list: /projects?q=…&amp;leader=…&amp;curator=…&amp;status=…&amp;year=…&amp;page=….</summary>
public sealed class ProjectListFilter
{
    /// <summary>A part of the project's name, any case.</summary>
    public string? Q { get; set; }

    /// <summary>Person id of the project's leader.</summary>
    public int? Leader { get; set; }

    /// <summary>Person id of the project's curator.</summary>
    public int? Curator { get; set; }
    public ProjectStatus? Status { get; set; }

    /// <summary>Projects whose period covers (part of) this year.</summary>
    public int? Year { get; set; }
    public int Page { get; set; } = 1;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Leader is null && Curator is null && Status is null && Year is null;
}
