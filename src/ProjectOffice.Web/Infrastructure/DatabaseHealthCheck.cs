using Microsoft.Extensions.Diagnostics.HealthChecks;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>/health is healthy only while PostgreSQL answers.</summary>
public sealed class DatabaseHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            return await DatabaseStartup.CanConnectAsync(db, timeout.Token)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("database does not answer");
        }
        catch (OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database did not answer within 5 s");
        }
    }
}
