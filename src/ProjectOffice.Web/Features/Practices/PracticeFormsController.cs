using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Forms.Practices;
using ProjectOffice.Forms.Printing;
using ProjectOffice.Forms.Rendering;
using ProjectOffice.Web.Features.Forms;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The printed practice passport: the HTML print preview, the PDF and the XLSX, on the shared forms engine.</summary>
public sealed class PracticeFormsController(
    AppDbContext db, PracticePassportForm form, ChromiumPrinter printer, IAuthorizationService auth, TimeProvider clock,
    ILogger<PracticeFormsController> logger) : Controller
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>/practices/5/forms/passport (preview), …/passport.pdf, …/passport.xlsx.</summary>
    [HttpGet("/practices/{id:int}/forms/{file}")]
    public async Task<IActionResult> Show(int id, string file, CancellationToken ct)
    {
        var format = file switch
        {
            "passport" => "",
            "passport.pdf" => "pdf",
            "passport.xlsx" => "xlsx",
            _ => null,
        };
        if (format is null || await PracticeAccess.LoadFactsAsync(db, id, ct) is not { } facts || !await auth.CanReadPracticeAsync(User, facts))
        {
            return NotFound();
        }

        var document = (await form.LoadAsync(id, ct))!;
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
                    logger.LogError(ex, "PDF of practice {PracticeId} refused: Chromium is missing", id);
                    return Unavailable(id, "Формирование PDF недоступно: на сервере не установлен Chromium. Обратитесь к администратору.");
                }
                catch (PdfRenderTimeoutException ex)
                {
                    logger.LogWarning(ex, "PDF of practice {PracticeId} timed out", id);
                    return Unavailable(id, "Формирование PDF не уложилось в отведённое время: сервер занят. Повторите попытку через минуту.");
                }
                catch (ChromiumCrashedException)
                {
                    // Logged by the printer, which starts a fresh Chromium for the next print.
                    return Unavailable(id, PrintingUnavailableModel.Crashed);
                }
            default:
                var preview = new PrintPreview($"/practices/{id}/forms/passport.pdf", $"/practices/{id}/forms/passport.xlsx", $"/practices/{id}");
                return Content(await document.RenderHtmlAsync(preview), "text/html; charset=utf-8");
        }
    }

    private ViewResult Unavailable(int id, string message)
    {
        Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return View("~/Features/Forms/PrintingUnavailable.cshtml", new PrintingUnavailableModel
        {
            Message = message,
            PreviewUrl = $"/practices/{id}/forms/passport",
            RequestId = HttpContext.TraceIdentifier,
        });
    }
}
