namespace ProjectOffice.Web.Infrastructure;

/// <summary>Browser hardening headers on every answer; all scripts and styles are served by the portal itself.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers.ContentSecurityPolicy =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
            "object-src 'none'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";
        return next(context);
    }
}
