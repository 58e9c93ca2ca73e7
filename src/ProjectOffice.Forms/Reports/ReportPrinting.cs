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

    /// <summary>«Сводный отчет о ходе реализации проектов» of a period.</summary>
    public PrintedDocument Summary(SummaryDocument data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new PrintedDocument
        {
            Title = $"Сводный отчет {data.Period}",
            RenderHtmlAsync = preview => renderer.RenderAsync<SummaryForm>(
                new Dictionary<string, object> { [nameof(SummaryForm.Data)] = data }, preview),
            WriteXlsx = () => SummaryXlsx.Write(data),
        };
    }
}
