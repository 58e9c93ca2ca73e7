using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Forms;

/// <summary>Printed forms of a project: an HTML print preview, the PDF to sign and the XLSX to work on.</summary>
public sealed class FormsController(
    IEnumerable<IPrintedForm> forms, ChromiumPrinter printer, PrintedFileCache files, AppDbContext db, TimeProvider clock,
    ILogger<FormsController> logger) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// /projects/5/forms/budget (preview), …/budget.pdf, …/budget.xlsx; with ?version=2 the form as approved in version 2,
    /// printed from its frozen snapshot.
    /// </summary>
    [HttpGet("/projects/{id:int}/forms/{file}")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Show(int id, string file, [FromQuery] string? version, CancellationToken ct)
    {
        var (name, format) = Split(file);
        var form = forms.FirstOrDefault(f => f.Name == name);
        if (form is null || format is not (null or "pdf" or "xlsx"))
        {
            return NotFound();
        }

        int? number = null;
        if (version is not null)
        {
            if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return NotFound();
            }

            number = parsed;
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // The file's key is read before the form's data: a file is never kept under a key older than what it prints.
        var key = format is null ? null : await files.KeyAsync(db, id, name, number, format, today, ct);
        if (files.Find(key) is { } made)
        {
            return Sent(made);
        }

        var document = await form.LoadAsync(id, number, ct);
        if (document is null)
        {
            return NotFound();
        }

        switch (format)
        {
            case "xlsx":
                return Kept(key, new PrintedFile(document.WriteXlsx(), XlsxType, document.FileName("xlsx", today)));
            case "pdf":
                try
                {
                    var pdf = await printer.PrintAsync(await document.RenderHtmlAsync(null), ct);
                    return Kept(key, new PrintedFile(pdf, "application/pdf", document.FileName("pdf", today)));
                }
                catch (ChromiumMissingException ex)
                {
                    logger.LogError(ex, "PDF of form {Form} refused: Chromium is missing", name);
                    return Unavailable(FormUrl(id, name, null, number), "Формирование PDF недоступно: на сервере не установлен Chromium. Обратитесь к администратору.");
                }
                catch (PdfRenderTimeoutException ex)
                {
                    logger.LogWarning(ex, "PDF of form {Form} of project {ProjectId} timed out", name, id);
                    return Unavailable(FormUrl(id, name, null, number), "Формирование PDF не уложилось в отведённое время: сервер занят. Повторите попытку через минуту.");
                }
                catch (ChromiumCrashedException)
                {
                    // Logged by the printer, which starts a fresh Chromium for the next print.
                    return Unavailable(FormUrl(id, name, null, number), PrintingUnavailableModel.Crashed);
                }
            default:
                var back = number is null ? $"/projects/{id}" : $"/projects/{id}/versions";
                var preview = new PrintPreview(FormUrl(id, name, "pdf", number), FormUrl(id, name, "xlsx", number), back);
                return Content(await document.RenderHtmlAsync(preview), "text/html; charset=utf-8");
        }
    }

    /// <summary>/projects/5/forms/plan.pdf?version=2: a form's URL, of a version when one is given.</summary>
    public static string FormUrl(int projectId, string name, string? format, int? version) =>
        string.Create(CultureInfo.InvariantCulture, $"/projects/{projectId}/forms/{name}")
        + (format is null ? "" : "." + format)
        + (version is { } number ? string.Create(CultureInfo.InvariantCulture, $"?version={number}") : "");

    private FileContentResult Kept(string? key, PrintedFile file)
    {
        files.Store(key, file);
        return Sent(file);
    }

    private FileContentResult Sent(PrintedFile file) => File(file.Content, file.ContentType, file.FileName);

    private ViewResult Unavailable(string previewUrl, string message)
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View("PrintingUnavailable", new PrintingUnavailableModel
        {
            Message = message,
            PreviewUrl = previewUrl,
            RequestId = HttpContext.TraceIdentifier,
        });
    }

    private static (string Name, string? Format) Split(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot < 0 ? (file, null) : (file[..dot], file[(dot + 1)..]);
    }
}
