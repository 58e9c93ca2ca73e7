using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Domain.Access;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Forms;

/// <summary>Printed forms of a project: an HTML print preview, the PDF to sign and the XLSX to work on.</summary>
public sealed class FormsController(
    IEnumerable<IPrintedForm> forms, ChromiumPrinter printer, IAuthorizationService auth, TimeProvider clock,
    ILogger<FormsController> logger) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>/projects/5/forms/budget (preview), …/budget.pdf, …/budget.xlsx.</summary>
    [HttpGet("/projects/{id:int}/forms/{file}")]
    public async Task<IActionResult> Show(int id, string file, CancellationToken ct)
    {
        var (name, format) = Split(file);
        var form = forms.FirstOrDefault(f => f.Name == name);
        if (form is null || format is not (null or "pdf" or "xlsx"))
        {
            return NotFound();
        }

        if (!(await auth.AuthorizeAsync(User, new ProjectResource(id), Permissions.ViewProject)).Succeeded)
        {
            return Forbid();
        }

        var document = await form.LoadAsync(id, ct);
        if (document is null)
        {
            return NotFound();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        switch (format)
        {
            case "xlsx":
                return File(document.WriteXlsx(), XlsxType, document.FileName("xlsx", today));
            case "pdf":
                try
                {
                    var pdf = await printer.PrintAsync(await document.RenderHtmlAsync(null), ct);
                    return File(pdf, "application/pdf", document.FileName("pdf", today));
                }
                catch (ChromiumMissingException ex)
                {
                    logger.LogError(ex, "PDF of form {Form} refused: Chromium is missing", name);
                    return Unavailable(id, name, "Формирование PDF недоступно: на сервере не установлен Chromium. Обратитесь к администратору.");
                }
                catch (PdfRenderTimeoutException ex)
                {
                    logger.LogWarning(ex, "PDF of form {Form} of project {ProjectId} timed out", name, id);
                    return Unavailable(id, name, "Формирование PDF не уложилось в отведённое время: сервер занят. Повторите попытку через минуту.");
                }
            default:
                var preview = new PrintPreview($"/projects/{id}/forms/{name}.pdf", $"/projects/{id}/forms/{name}.xlsx", $"/projects/{id}");
                return Content(await document.RenderHtmlAsync(preview), "text/html; charset=utf-8");
        }
    }

    private ViewResult Unavailable(int id, string name, string message)
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View("PrintingUnavailable", new PrintingUnavailableModel
        {
            Message = message,
            PreviewUrl = $"/projects/{id}/forms/{name}",
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier,
        });
    }

    private static (string Name, string? Format) Split(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot < 0 ? (file, null) : (file[..dot], file[(dot + 1)..]);
    }
}
