using Microsoft.Extensions.Options;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Risks;

public sealed class RiskRegisterPrintedForm(AppDbContext db, FormRenderer renderer, IOptions<RiskMatrix> matrix, TimeProvider clock) : IPrintedForm
{
    public string Name => "risks";

    public string Caption => RiskCaptions.FormTitle;

    public bool AppliesTo(ProjectLayout layout) => true;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await RiskRegisterQuery.LoadAsync(db, projectId, version, matrix.Value, clock.Today(), ct);
        return data is null ? null : new PrintedDocument
        {
            Title = data.Title,
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => renderer.RenderAsync<RiskRegisterForm>(
                new Dictionary<string, object> { [nameof(RiskRegisterForm.Data)] = data }, preview),
            WriteXlsx = () => RiskRegisterXlsx.Write(data),
        };
    }
}
