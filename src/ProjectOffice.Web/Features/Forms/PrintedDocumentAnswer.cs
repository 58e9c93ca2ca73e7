using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;

namespace ProjectOffice.Web.Features.Forms;

/// <summary>
/// A printed document answered in the format asked for: the HTML preview (format null), the PDF through the shared
/// Chromium (503 with a Russian page when it is missing or busy), or the XLSX. FormsController and
/// PracticeFormsController still carry their own copy of this switch; new forms use this one.
/// </summary>
public static class PrintedDocumentAnswer
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<IActionResult> AnswerAsync(
        this Controller controller, PrintedDocument document, string? format, PrintPreview preview, ChromiumPrinter printer,
        ILogger logger, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(printer);
        switch (format)
        {
            case "xlsx":
                return controller.File(document.WriteXlsx(), XlsxType, document.FileName("xlsx", today));
            case "pdf":
                try
                {
                    var pdf = await printer.PrintAsync(await document.RenderHtmlAsync(null), ct);
                    return controller.File(pdf, "application/pdf", document.FileName("pdf", today));
                }
                catch (Exception ex) when (ex is ChromiumMissingException or PdfRenderTimeoutException)
                {
                    logger.LogError(ex, "PDF of {Title} not printed", document.Title);
                    controller.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    return controller.View("/Features/Forms/PrintingUnavailable.cshtml", new PrintingUnavailableModel
                    {
                        Message = ex is ChromiumMissingException
                            ? "Формирование PDF недоступно: на сервере не установлен Chromium. Обратитесь к администратору."
                            : "Формирование PDF не уложилось в отведённое время: сервер занят. Повторите попытку через минуту.",
                        PreviewUrl = preview.PdfUrl.Replace(".pdf", "", StringComparison.Ordinal),
                        RequestId = Activity.Current?.Id ?? controller.HttpContext.TraceIdentifier,
                    });
                }
            default:
                return controller.Content(await document.RenderHtmlAsync(preview), "text/html; charset=utf-8");
        }
    }
}
