namespace ProjectOffice.Web.Infrastructure;

/// <summary>Browser hardening headers on every answer; all scripts and styles are served by the portal itself.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        Apply(context.Response.Headers);
        return next(context);
    }

    /// <summary>Also used by the exception page, written after the failed response (and its headers) was cleared.</summary>
    public static void Apply(IHeaderDictionary headers)
    {
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
            "object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
    }
}
