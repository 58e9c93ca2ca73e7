using System.Collections.Concurrent;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace ProjectOffice.Web.Features.Account;

/// <summary>
/// Failed sign-ins counted with the framework's rate limiter, partitioned by user name and client address: whoever
/// guesses the administrator's password from one address is stopped there, and the administrator signs in from any other.
/// Identity's own lockout is not fed by failures (five anonymous requests locked anyone out for 15 minutes).
/// Only failures take a permit, so signing in and out all day never runs into the limit; that is why the limiter is
/// used here rather than as endpoint middleware, which counts every request. State is in memory, per portal process.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> perName;
    private readonly PartitionedRateLimiter<string> perAddress;
    private readonly TimeProvider clock;
    private readonly TimeSpan window;

    // An administrator's unlock moves a name to a fresh generation of partitions; the old ones expire with their window.
    private readonly ConcurrentDictionary<string, int> generations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> limitedNames = new(StringComparer.Ordinal);

    public SignInThrottle(IOptions<SignInThrottleOptions> options, TimeProvider clock)
    {
        var settings = options.Value;
        this.clock = clock;
        window = settings.Window;
        perName = Limiter(settings.FailuresPerName, settings.Window);
        perAddress = Limiter(settings.FailuresPerAddress, settings.Window);
    }

    /// <summary>This source has used up its failures for this name (or for all names) and must wait.</summary>
    public bool IsLimited(string userName, IPAddress? source) =>
        perName.GetStatistics(NameKey(userName, source))?.CurrentAvailablePermits == 0
        || perAddress.GetStatistics(AddressKey(source))?.CurrentAvailablePermits == 0;

    public void RecordFailure(string userName, IPAddress? source)
    {
        using var forName = perName.AttemptAcquire(NameKey(userName, source));
        using var forAddress = perAddress.AttemptAcquire(AddressKey(source));
        if (IsLimited(userName, source))
        {
            limitedNames[Normalize(userName)] = clock.GetUtcNow() + window;
        }
    }

    /// <summary>Some source is (or recently was) stopped from trying this name: shown on the users page.</summary>
    public bool IsNameLimited(string userName) =>
        limitedNames.TryGetValue(Normalize(userName), out var until) && until > clock.GetUtcNow();

    /// <summary>The administrator's unlock: every source may try this name again.</summary>
    public void Reset(string userName)
    {
        var name = Normalize(userName);
        generations.AddOrUpdate(name, 1, (_, generation) => generation + 1);
        limitedNames.TryRemove(name, out _);
    }

    public void Dispose()
    {
        perName.Dispose();
        perAddress.Dispose();
    }

    private static PartitionedRateLimiter<string> Limiter(int failures, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, failures),
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private string NameKey(string userName, IPAddress? source)
    {
        var name = Normalize(userName);
        return $"{name}\n{generations.GetValueOrDefault(name)}\n{AddressKey(source)}";
    }

    private static string AddressKey(IPAddress? source) =>
        (source is { IsIPv4MappedToIPv6: true } ? source.MapToIPv4() : source)?.ToString() ?? "-";

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();
}
