using Serilog.Context;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>Gives every request a correlation id (taken from X-Correlation-Id or made), logged with each line and echoed back.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        var id = incoming.Length is > 0 and <= 64 && incoming.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':')
            ? incoming
            : context.TraceIdentifier;
        context.TraceIdentifier = id;
        context.Response.Headers[Header] = id;
        using (LogContext.PushProperty("CorrelationId", id))
        {
            await next(context);
        }
    }
}
