using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Gantt;

/// <summary>The printable Gantt chart: the same drawing as the plan's Gantt page, on landscape pages, through the same print engine.</summary>
public sealed class GanttPrintedForm(AppDbContext db, FormRenderer renderer, TimeProvider clock) : IPrintedForm
{
    public string Name => "gantt";

    public string Caption => "Диаграмма Ганта";

    public bool AppliesTo(ProjectLayout layout) => true;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await GanttFormQuery.LoadAsync(db, projectId, version, clock.Today(), ct);
        return data is null ? null : new PrintedDocument
        {
            Title = $"Диаграмма Ганта {data.ProjectName}",
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => renderer.RenderAsync<GanttForm>(
                new Dictionary<string, object> { [nameof(GanttForm.Data)] = data }, preview),
            WriteXlsx = () => GanttXlsx.Write(data),
        };
    }
}
