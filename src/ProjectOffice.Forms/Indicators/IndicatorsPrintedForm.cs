using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Indicators;

public sealed class IndicatorsPrintedForm(AppDbContext db, FormRenderer renderer) : IPrintedForm
{
    public string Name => "indicators";

    public string Caption => IndicatorsCaptions.FormTitle;

    // A municipal passport has no item for indicators: this form is where they print in that layout.
    public bool AppliesTo(ProjectLayout layout) => true;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await IndicatorsFormQuery.LoadAsync(db, projectId, version, ct);
        return data is null ? null : new PrintedDocument
        {
            Title = $"Показатели проекта {data.ProjectName}",
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => renderer.RenderAsync<IndicatorsForm>(
                new Dictionary<string, object> { [nameof(IndicatorsForm.Data)] = data }, preview),
            WriteXlsx = () => IndicatorsXlsx.Write(data),
        };
    }
}
