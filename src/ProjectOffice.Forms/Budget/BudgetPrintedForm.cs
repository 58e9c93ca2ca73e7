using ProjectOffice.Data;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Budget;

public sealed class BudgetPrintedForm(AppDbContext db, FormRenderer renderer) : IPrintedForm
{
    public string Name => "budget";

    public async Task<PrintedDocument?> LoadAsync(int projectId, CancellationToken ct)
    {
        var data = await BudgetFormQuery.LoadAsync(db, projectId, ct);
        return data is null ? null : new PrintedDocument
        {
            Title = $"Бюджет проекта {data.ProjectName}",
            ApprovedOn = data.ApprovedOn,
            RenderHtmlAsync = preview => renderer.RenderAsync<BudgetForm>(new Dictionary<string, object> { [nameof(BudgetForm.Data)] = data }, preview),
            WriteXlsx = () => BudgetXlsx.Write(data),
        };
    }
}
