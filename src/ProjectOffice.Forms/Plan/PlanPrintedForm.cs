using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Plan;

/// <summary>«План мероприятий»: the municipal plan, or Annex 1 of a national-layout passport.</summary>
public sealed class PlanPrintedForm(AppDbContext db, FormRenderer renderer) : IPrintedForm
{
    public string Name => "plan";

    public string Caption => "План мероприятий";

    public bool AppliesTo(ProjectLayout layout) => true;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await PlanFormQuery.LoadAsync(db, projectId, version, ct);
        if (data is null)
        {
            return null;
        }

        var parameters = new Dictionary<string, object> { [nameof(MunicipalPlanForm.Data)] = data };
        return new PrintedDocument
        {
            Title = $"План мероприятий {data.ProjectName}",
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => data.National
                ? renderer.RenderAsync<NationalPlanForm>(parameters, preview)
                : renderer.RenderAsync<MunicipalPlanForm>(parameters, preview),
            WriteXlsx = () => PlanXlsx.Write(data),
        };
    }
}
