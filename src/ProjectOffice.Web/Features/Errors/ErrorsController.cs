using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ProjectOffice.Web.Features.Errors;

/// <summary>The one error page: a Russian sentence and the request id, never a stack trace.</summary>
[AllowAnonymous]
[ApiExplorerSettings(IgnoreApi = true)]
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
            RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier,
        });
    }
}
