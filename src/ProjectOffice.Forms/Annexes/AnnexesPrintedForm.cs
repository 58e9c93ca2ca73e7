using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Annexes;

/// <summary>Annex 2 of a national-layout passport with the additional materials: indicators by organisation, calculation methods, financing.</summary>
public sealed class AnnexesPrintedForm(AppDbContext db, FormRenderer renderer) : IPrintedForm
{
    public string Name => "annexes";

    public string Caption => "Приложения к паспорту";

    public bool AppliesTo(ProjectLayout layout) => layout == ProjectLayout.National;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await AnnexesFormQuery.LoadAsync(db, projectId, version, ct);
        return data is null ? null : new PrintedDocument
        {
            Title = data.Annex is { } annex ? $"Приложение № {annex} к паспорту проекта {data.ProjectName}" : $"Приложения к паспорту проекта {data.ProjectName}",
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => renderer.RenderAsync<AnnexesForm>(
                new Dictionary<string, object> { [nameof(AnnexesForm.Data)] = data }, preview),
            WriteXlsx = () => AnnexesXlsx.Write(data),
        };
    }
}
