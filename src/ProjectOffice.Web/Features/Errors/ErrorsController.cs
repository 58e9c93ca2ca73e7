using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ProjectOffice.Web.Features.Errors;

/// <summary>
/// The error page of a status without a body (403, 404…): a Russian sentence and the correlation id, never a stack trace.
/// Thrown exceptions are answered by <see cref="Infrastructure.PortalErrorPages"/> with the same words and no database.
/// </summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreRequestForm]
public sealed class ErrorsController : Controller
{
    [Route("/error/{status:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show(int? status)
    {
        var code = status ?? StatusCodes.Status500InternalServerError;
        Response.StatusCode = code;
        return View("Error", new ErrorModel
        {
            StatusCode = code,
            RequestId = HttpContext.TraceIdentifier,
        });
    }
}
