using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// ASP.NET Core 10's form parser refuses a whole url-encoded form when one value holds %00 («The form value contains
/// invalid characters»): antiforgery then fails and the person gets a 400 page and loses everything typed. Such a form
/// is read once more with the string-based <see cref="FormReader"/> under the same limits, which keeps the NUL, so that
/// <see cref="HostileInputFilter"/> puts the Russian message next to the field and the editor shows the form again.
/// A form over the limits stays refused (400/413 with the error page) and is logged here with the correlation id.
/// </summary>
public sealed class NulTolerantFormsMiddleware(RequestDelegate next, IOptions<FormOptions> options, ILogger<NulTolerantFormsMiddleware> log)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The error page re-executed for the same request finds the feature already in place.
        if (IsUrlEncoded(context.Request.ContentType) && context.Features.Get<IFormFeature>() is not NulTolerantFormFeature)
        {
            // Buffered (in memory up to 30 KB, then a temporary file) so that the body can be read a second time; the
            // first reading stops at the form limits, so a hostile body is never buffered beyond them.
            context.Request.EnableBuffering();
            context.Features.Set<IFormFeature>(new NulTolerantFormFeature(context.Request, options.Value, log));
        }

        return next(context);
    }

    private static bool IsUrlEncoded(string? contentType) =>
        contentType is not null && contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);

    private sealed class NulTolerantFormFeature(HttpRequest request, FormOptions defaults, ILogger log) : IFormFeature
    {
        // Made when the form is first read, after routing: an action's own limits (FormLimitsAttribute) are known then.
        private FormFeature? parser;
        private FormOptions? options;
        private Task<IFormCollection>? reading;

        private FormFeature Framework => parser ??= new FormFeature(request, Options);

        private FormOptions Options => options ??= FormLimitsAttribute.For(request.HttpContext, defaults);

        public bool HasFormContentType => true;

        public IFormCollection? Form
        {
            get => Framework.Form;
            set => Framework.Form = value;
        }

        public IFormCollection ReadForm() => Form ?? ReadFormAsync(CancellationToken.None).GetAwaiter().GetResult();

        // One reading per request: antiforgery, model binding and the filters share it (and a refusal is logged once).
        public Task<IFormCollection> ReadFormAsync(CancellationToken cancellationToken) => reading ??= ReadOnceAsync(cancellationToken);

        private async Task<IFormCollection> ReadOnceAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await Framework.ReadFormAsync(cancellationToken);
            }
            catch (InvalidDataException ex) when (ex.InnerException is InvalidOperationException && request.Body.CanSeek)
            {
                // The URL decoder's refusal of %00 (its limits throw InvalidDataException without an inner exception).
                request.Body.Position = 0;
                using var reader = new FormReader(request.Body, Encoding.UTF8)
                {
                    ValueCountLimit = Options.ValueCountLimit,
                    KeyLengthLimit = Options.KeyLengthLimit,
                    ValueLengthLimit = Options.ValueLengthLimit,
                };
                var form = new FormCollection(await reader.ReadFormAsync(cancellationToken));
                Framework.Form = form;
                return form;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
            {
                log.LogWarning("Refused a form on {Method} {Path}: {Reason}", request.Method, request.Path.Value, ex.GetBaseException().Message);
                throw;
            }
        }
    }
}
