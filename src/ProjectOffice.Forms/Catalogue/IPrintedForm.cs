using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Catalogue;

/// <summary>One printed form of a project («Бюджет проекта» …): finds its data and writes it as HTML, PDF and XLSX.</summary>
public interface IPrintedForm
{
    /// <summary>The name in the URL: /projects/{id}/forms/{Name}.pdf.</summary>
    string Name { get; }

    /// <summary>What a list of forms calls it: «План мероприятий».</summary>
    string Caption { get; }

    /// <summary>Whether a project of this layout has the form (the annexes are the national passport's).</summary>
    bool AppliesTo(ProjectLayout layout);

    /// <summary>
    /// The form of this project as it is now, or (<paramref name="version"/>) as approved in that version; null when
    /// there is no such project or version.
    /// </summary>
    Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct);
}
