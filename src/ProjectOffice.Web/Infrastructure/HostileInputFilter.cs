using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Every action sees NUL and lone surrogates refused before it runs: in a posted form as a message next to the field
/// (the action's own <c>ModelState.IsValid</c> check returns the form with everything typed), in the query string as 400.
/// Each refusal is logged with the request's correlation id. The refused characters are also defused in the bound
/// arguments (<see cref="HostileArguments"/>), so that nothing an action does before its validity check — looking a
/// typed name up, counting duplicates — hands PostgreSQL a value it cannot take (22021 would answer the error page).
/// </summary>
public sealed class HostileInputFilter(ILogger<HostileInputFilter> log) : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        // The error page re-executed for a refused request sees the same (possibly unreadable) form: nothing to check there.
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            return;
        }

        var request = context.HttpContext.Request;
        var badQuery = request.Query.Where(q => HostileText.IsHostile(q.Key) || q.Value.Any(HostileText.IsHostile)).Select(q => Printable(q.Key)).ToList();
        if (badQuery.Count > 0)
        {
            log.LogWarning("Refused a query string with a NUL or lone surrogate in {Fields}", badQuery);
            context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
            return;
        }

        if (!request.HasFormContentType)
        {
            return;
        }

        var badFields = request.Form.Where(f => HostileText.IsHostile(f.Key) || f.Value.Any(HostileText.IsHostile)).Select(f => f.Key).ToList();
        if (request.Form.Files.Any(f => HostileText.IsHostile(f.Name)))
        {
            badFields.Add("");
        }

        if (badFields.Count == 0)
        {
            return;
        }

        log.LogWarning("Refused a form with a NUL or lone surrogate in {Fields}", badFields.Select(Printable).ToList());
        foreach (var field in badFields)
        {
            context.ModelState.AddModelError(HostileText.IsHostile(field) ? "" : field, HostileText.Message);
        }

        HostileArguments.Defuse(context.ActionArguments);
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    private static string Printable(string key) => new([.. key.Take(100).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '?' : c)]);
}
