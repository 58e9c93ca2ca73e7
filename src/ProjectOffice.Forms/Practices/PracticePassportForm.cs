using ProjectOffice.Data;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Practices;

/// <summary>
/// The practice passport as a printed document (HTML preview, PDF, XLSX). Practices are not forms of a project,
/// so this is looked up by practice id rather than through the projects' <see cref="IPrintedForm"/> catalogue.
/// </summary>
public sealed class PracticePassportForm(AppDbContext db, FormRenderer renderer)
{
    public async Task<PrintedDocument?> LoadAsync(int practiceId, CancellationToken ct)
    {
        var data = await PracticeFormQuery.LoadAsync(db, practiceId, ct);
        return data is null ? null : new PrintedDocument
        {
            Title = $"Паспорт практики {data.Practice.Name.TrimEnd('.')}",
            ApprovedOn = data.PublishedOn,
            RenderHtmlAsync = preview => renderer.RenderAsync<PracticeForm>(new Dictionary<string, object> { [nameof(PracticeForm.Data)] = data }, preview),
            WriteXlsx = () => PracticeXlsx.Write(data),
        };
    }
}
