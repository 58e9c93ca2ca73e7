using Microsoft.AspNetCore.Http.Features;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Raises an action's limits for url-encoded forms (a budget grid posts thousands of cells). Use it instead of MVC's
/// RequestFormLimits there: that filter replaces the form reader of <see cref="NulTolerantFormsMiddleware"/>, and a
/// NUL in one cell would again make the whole form unreadable (400, everything typed lost).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class FormLimitsAttribute : Attribute
{
    public int ValueCountLimit { get; init; }

    /// <summary>The portal's form limits with the routed action's own raised ones.</summary>
    public static FormOptions For(HttpContext context, FormOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(defaults);
        if (context.GetEndpoint()?.Metadata.GetMetadata<FormLimitsAttribute>() is not { ValueCountLimit: > 0 } limits)
        {
            return defaults;
        }

        return new FormOptions
        {
            BufferBody = defaults.BufferBody,
            MemoryBufferThreshold = defaults.MemoryBufferThreshold,
            BufferBodyLengthLimit = defaults.BufferBodyLengthLimit,
            ValueCountLimit = limits.ValueCountLimit,
            KeyLengthLimit = defaults.KeyLengthLimit,
            ValueLengthLimit = defaults.ValueLengthLimit,
            MultipartBoundaryLengthLimit = defaults.MultipartBoundaryLengthLimit,
            MultipartHeadersCountLimit = defaults.MultipartHeadersCountLimit,
            MultipartHeadersLengthLimit = defaults.MultipartHeadersLengthLimit,
            MultipartBodyLengthLimit = defaults.MultipartBodyLengthLimit,
        };
    }
}
