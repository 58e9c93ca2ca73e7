using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Forms.Reports;

/// <summary>The report document as a printed form (HTML preview, PDF through the shared Chromium, XLSX).</summary>
public sealed class ReportPrinting(FormRenderer renderer)
{
    public PrintedDocument Document(ReportDocument data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new PrintedDocument
        {
            Title = $"Отчет {data.ProjectName} {data.Period}" + (data.Revision > 1 ? $" редакция {data.Revision}" : ""),
            RenderHtmlAsync = preview => renderer.RenderAsync<ReportForm>(
                new Dictionary<string, object> { [nameof(ReportForm.Data)] = data }, preview),
            WriteXlsx = () => ReportXlsx.Write(data),
        };
    }
}
