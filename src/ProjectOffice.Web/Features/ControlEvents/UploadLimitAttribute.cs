using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>
/// Reads an upload form before anything else does (the antiforgery check reads the form too), so that a body over
/// the limit sends the user back to the form with a Russian message instead of an error page. Runs after
/// RequestSizeLimit/RequestFormLimits (order 900) have set the limits and before antiforgery (order 1000).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class UploadLimitAttribute(long maxBytes) : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>The evidence file plus room for the other fields and the multipart framing.</summary>
    public const long MaxRequestBytes = EvidenceFileTypes.MaxBytes + (1024 * 1024);

    /// <summary>The evidence upload's limit.</summary>
    public UploadLimitAttribute()
        : this(MaxRequestBytes)
    {
    }

    /// <summary>The largest request body accepted; pair it with the same RequestSizeLimit and RequestFormLimits.</summary>
    public long MaxBytes { get; } = maxBytes;

    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var request = context.HttpContext.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return;
        }

        try
        {
            if (request.ContentLength > MaxBytes)
            {
                throw new InvalidDataException($"Request body of {request.ContentLength} bytes is over the limit.");
            }

            await request.ReadFormAsync(context.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            context.Result = new RedirectResult($"{request.PathBase}{request.Path}?tooLarge=true");
        }
    }
}
