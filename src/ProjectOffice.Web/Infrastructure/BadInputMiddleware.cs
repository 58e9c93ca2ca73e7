using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Input that fails below the forms — a body over the size limit (Kestrel's BadHttpRequestException), a form over
/// <see cref="FormOptions"/>' limits (InvalidDataException), a value PostgreSQL cannot store (NUL, a number or text too
/// large for its column) — answers 400 or 413 with the Russian error page instead of 500, and is logged with the
/// correlation id as a refusal, not as a crash. Editors check their fields first; this is the net under them.
/// </summary>
public sealed class BadInputMiddleware(RequestDelegate next, ILogger<BadInputMiddleware> log)
{
    /// <summary>A form value may be at most 1 MB (the longest field, 20,000 characters, is far below) — a 5 MB paste is refused.</summary>
    public const int MaxFormValueBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (StatusFor(ex) is { } status && !context.Response.HasStarted)
        {
            log.LogWarning("Refused bad input with {StatusCode} on {Method} {Path}: {Reason}",
                status, context.Request.Method, context.Request.Path.Value, ex.GetBaseException().Message);
            context.Response.Clear();
            context.Response.StatusCode = status;
            // An API caller reads the status; people get the Russian page from the status-code pages, unless this
            // already is that page failing on the same request: then a plain Russian sentence.
            if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                context.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            }
            else if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    "<!DOCTYPE html><html lang=\"ru\"><meta charset=\"utf-8\"><title>Запрос отклонён</title><p>" +
                    (status == StatusCodes.Status413PayloadTooLarge ? "Запрос слишком велик." : "Запрос не может быть обработан: проверьте введённые данные.") +
                    $" Номер запроса: {System.Net.WebUtility.HtmlEncode(context.TraceIdentifier)}.</p></html>");
            }
        }
    }

    private static int? StatusFor(Exception ex) => ex switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException data => data.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase)
            ? StatusCodes.Status413PayloadTooLarge
            : StatusCodes.Status400BadRequest,
        EncoderFallbackException => StatusCodes.Status400BadRequest,
        // 22xxx: data exceptions — NUL or an unencodable character, text or number too long for its column, bad date.
        PostgresException { SqlState: var state } when state.StartsWith("22", StringComparison.Ordinal) => StatusCodes.Status400BadRequest,
        DbUpdateException { InnerException: { } inner } => StatusFor(inner),
        Microsoft.AspNetCore.Mvc.ModelBinding.ValueProviderException { InnerException: { } inner } => StatusFor(inner),
        InvalidOperationException { InnerException: { } inner } => StatusFor(inner),
        _ => null,
    };
}
