using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Budget;

public sealed class BudgetPrintedForm(AppDbContext db, FormRenderer renderer) : IPrintedForm
{
    public string Name => "budget";

    public string Caption => "Бюджет проекта";

    public bool AppliesTo(ProjectLayout layout) => true;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await BudgetFormQuery.LoadAsync(db, projectId, version, ct);
        return data is null ? null : new PrintedDocument
        {
            Title = $"Бюджет проекта {data.ProjectName}",
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => renderer.RenderAsync<BudgetForm>(new Dictionary<string, object> { [nameof(BudgetForm.Data)] = data }, preview),
            WriteXlsx = () => BudgetXlsx.Write(data),
        };
    }
}
