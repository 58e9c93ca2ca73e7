using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using ProjectOffice.Forms.Printing;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Bounds the expensive routes so that a burst sheds instead of piling up: PDFs (a Chromium render of seconds each) get
/// <see cref="PrintingOptions.MaxConcurrentRenders"/> at once with <see cref="PrintingOptions.RenderQueueLimit"/> waiting;
/// XLSX files one per core with a short queue. A request beyond the queue is refused at once (503 with Retry-After,
/// PortalLoadShedding) instead of waiting out the render timeout. Everything else passes unlimited.
/// One instance per portal, reachable from DI, so that tests can hold its permits.
/// </summary>
public sealed class ExpensiveRouteLimiter : PartitionedRateLimiter<HttpContext>
{
    public ExpensiveRouteLimiter(IOptions<PrintingOptions> options)
    {
        var settings = options.Value;
        Printing = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.MaxConcurrentRenders),
            QueueLimit = Math.Max(0, settings.RenderQueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        Exports = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = Environment.ProcessorCount,
            QueueLimit = 4 * Environment.ProcessorCount,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    /// <summary>PDF forms of projects and practices.</summary>
    public ConcurrencyLimiter Printing { get; }

    /// <summary>XLSX forms.</summary>
    public ConcurrencyLimiter Exports { get; }

    public override RateLimiterStatistics? GetStatistics(HttpContext resource) => LimiterFor(resource)?.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
        LimiterFor(resource)?.AttemptAcquire(permitCount) ?? Unlimited.Lease;

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
        LimiterFor(resource)?.AcquireAsync(permitCount, cancellationToken) ?? ValueTask.FromResult(Unlimited.Lease);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Printing.Dispose();
            Exports.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <summary>/projects/5/forms/plan.pdf, /practices/3/forms/passport.xlsx: the file forms, by their extension.</summary>
    private ConcurrencyLimiter? LimiterFor(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (!HttpMethods.IsGet(context.Request.Method) || path is null || !path.Contains("/forms/", StringComparison.Ordinal))
        {
            return null;
        }

        if (path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return Printing;
        }

        return path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Exports : null;
    }

    /// <summary>The lease of a request no limiter bounds.</summary>
    private sealed class Unlimited : RateLimitLease
    {
        public static readonly RateLimitLease Lease = new Unlimited();

        public override bool IsAcquired => true;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
