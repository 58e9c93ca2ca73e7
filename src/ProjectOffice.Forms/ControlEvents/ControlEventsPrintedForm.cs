using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.ControlEvents;

public sealed class ControlEventsPrintedForm(AppDbContext db, FormRenderer renderer, TimeProvider clock) : IPrintedForm
{
    public string Name => "control-events";

    public string Caption => "План контрольных событий";

    public bool AppliesTo(ProjectLayout layout) => true;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await ControlEventsFormQuery.LoadAsync(db, projectId, version, clock.Today(), ct);
        return data is null ? null : new PrintedDocument
        {
            Title = $"План контрольных событий {data.ProjectName}",
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => renderer.RenderAsync<ControlEventsForm>(
                new Dictionary<string, object> { [nameof(ControlEventsForm.Data)] = data }, preview),
            WriteXlsx = () => ControlEventsXlsx.Write(data),
        };
    }
}
