namespace ProjectOffice.Web.Features.Account;

/// <summary>The «SignIn» settings section: how many wrong passwords a source may try before it must wait.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins for one user name from one client address within <see cref="Window"/>.</summary>
    public int FailuresPerName { get; set; } = 5;

    /// <summary>Failed sign-ins from one client address for all names together (guessing many names) within <see cref="Window"/>.</summary>
    public int FailuresPerAddress { get; set; } = 50;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);
}
