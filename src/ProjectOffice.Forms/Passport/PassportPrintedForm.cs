using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Passport;

public sealed class PassportPrintedForm(AppDbContext db, FormRenderer renderer) : IPrintedForm
{
    public string Name => "passport";

    public string Caption => "Паспорт проекта";

    public bool AppliesTo(ProjectLayout layout) => true;

    public async Task<PrintedDocument?> LoadAsync(int projectId, int? version, CancellationToken ct)
    {
        var data = await PassportFormQuery.LoadAsync(db, projectId, version, ct);
        return data is null ? null : new PrintedDocument
        {
            Title = data.Title,
            ApprovedOn = data.ApprovedOn,
            Version = data.Version,
            RenderHtmlAsync = preview => renderer.RenderAsync<PassportForm>(new Dictionary<string, object> { [nameof(PassportForm.Data)] = data }, preview),
            WriteXlsx = () => PassportXlsx.Write(data),
        };
    }
}
