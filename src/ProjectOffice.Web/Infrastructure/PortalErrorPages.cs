using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;
using ProjectOffice.Web.Features.Errors;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// What a person sees when a request fails. A thrown exception is answered here, without MVC, authentication or the
/// database (the layout's menu reads the database; during an outage it would fail again and the person would get an
/// empty 500 or, under Development, a stack trace): 503 with Retry-After when the database is unreachable, 500 otherwise,
/// each with the correlation id. Status codes without a body (403, 404…) re-execute to the MVC error view with the menu.
/// </summary>
public static class PortalErrorPages
{
    /// <summary>Setting that brings back ASP.NET Core's developer exception page (stack traces) for debugging.</summary>
    public const string DeveloperExceptionPageSetting = "Portal:DeveloperExceptionPage";

    public static void UsePortalErrorPages(this WebApplication app)
    {
        // Under Development WebApplication puts the developer exception page in front of everything; handling every
        // exception here keeps it from ever seeing one unless the setting asks for it.
        if (app.Configuration.GetValue<bool>(DeveloperExceptionPageSetting))
        {
            if (!app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
        }
        else
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteExceptionPageAsync });
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
    }

    private static Task WriteExceptionPageAsync(HttpContext context)
    {
        var outage = DatabaseOutage.IsOutage(context.Features.Get<IExceptionHandlerFeature>()?.Error);
        var status = outage ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        context.Response.StatusCode = status;
        if (outage)
        {
            context.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        // The exception handler cleared the failed response's headers: the correlation id and hardening go back on.
        context.Response.Headers[CorrelationIdMiddleware.Header] = context.TraceIdentifier;
        SecurityHeadersMiddleware.Apply(context.Response.Headers);
        context.Response.Headers.CacheControl = "no-store";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return Task.CompletedTask;   // integrations read the status (and Retry-After); the HTML is for people
        }

        var model = new ErrorModel { StatusCode = status, RequestId = context.TraceIdentifier };
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(Render(model), context.RequestAborted);
    }

    /// <summary>The error view's content in a layout of its own that needs nothing but the static files.</summary>
    internal static string Render(ErrorModel model)
    {
        var html = HtmlEncoder.Default;
        return $$"""
            <!DOCTYPE html>
            <html lang="ru">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{{html.Encode(model.Title)}} — ПроектОфис</title>
                <link rel="stylesheet" href="/lib/bootstrap/bootstrap.min.css" />
                <link rel="stylesheet" href="/css/site.css" />
            </head>
            <body>
            <header><nav class="navbar navbar-dark bg-primary mb-4"><div class="container-fluid"><a class="navbar-brand" href="/">ПроектОфис</a></div></nav></header>
            <main class="container-fluid px-4 pb-5" role="main">
                <h1 class="h3">{{html.Encode(model.Title)}}</h1>
                <p data-testid="error-message">{{html.Encode(model.Message)}}</p>
                <p class="text-secondary small">Номер запроса: <code data-testid="request-id">{{html.Encode(model.RequestId)}}</code></p>
                <p><a href="/">На главную</a></p>
            </main>
            </body>
            </html>
            """;
    }
}
