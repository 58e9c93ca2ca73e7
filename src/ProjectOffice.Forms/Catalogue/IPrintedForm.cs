namespace ProjectOffice.Forms.Catalogue;

/// <summary>One printed form of a project («Бюджет проекта» …): finds its data and writes it as HTML, PDF and XLSX.</summary>
public interface IPrintedForm
{
    /// <summary>The name in the URL: /projects/{id}/forms/{Name}.pdf.</summary>
    string Name { get; }

    /// <summary>The form of this project, or null when there is no such project.</summary>
    Task<PrintedDocument?> LoadAsync(int projectId, CancellationToken ct);
}
