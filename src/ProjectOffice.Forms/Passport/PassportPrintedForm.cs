using ProjectOffice.Data;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Passport;

public sealed class PassportPrintedForm(AppDbContext db, FormRenderer renderer) : IPrintedForm
{
    public string Name => "passport";

    public async Task<PrintedDocument?> LoadAsync(int projectId, CancellationToken ct)
    {
        var data = await PassportFormQuery.LoadAsync(db, projectId, ct);
        return data is null ? null : new PrintedDocument
        {
            Title = data.Title,
            ApprovedOn = data.ApprovedOn,
            RenderHtmlAsync = preview => renderer.RenderAsync<PassportForm>(new Dictionary<string, object> { [nameof(PassportForm.Data)] = data }, preview),
            WriteXlsx = () => PassportXlsx.Write(data),
        };
    }
}
