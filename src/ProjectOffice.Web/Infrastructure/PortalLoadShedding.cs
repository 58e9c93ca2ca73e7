using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>ASP.NET Core's rate limiter in front of the expensive routes (ExpensiveRouteLimiter).</summary>
public static class PortalLoadShedding
{
    /// <summary>What a refused request is told to wait, in seconds: about two PDF renders.</summary>
    public const int RetryAfterSeconds = 5;

    public static void AddPortalLoadShedding(this IServiceCollection services)
    {
        services.AddSingleton<ExpensiveRouteLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<ExpensiveRouteLimiter>((options, limiter) =>
        {
            options.GlobalLimiter = limiter;
            options.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            // The body is left to the status-code pages (the Russian error page for 503); the header tells browsers
            // and scripts when to come back.
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
    }
}
