using Microsoft.AspNetCore.Mvc;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// How the portal refuses to change something frozen (an approved passport, a closed stage): opening an editor leads
/// back to the page it came from with the reason on top (the project navigation shows it); a POST answers
/// 409 Conflict with the reason and changes nothing.
/// </summary>
public static class Refusal
{
    /// <summary>TempData key of the reason shown after the redirect.</summary>
    public const string Key = "Refusal";

    public static IActionResult Of(Controller controller, string message, string backUrl, string backText)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (HttpMethods.IsGet(controller.Request.Method) || HttpMethods.IsHead(controller.Request.Method))
        {
            controller.TempData[Key] = message;
            return controller.Redirect(backUrl);
        }

        var page = controller.View("/Features/Shared/Refused.cshtml", new RefusedModel { Message = message, BackUrl = backUrl, BackText = backText });
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }
}
