using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>A portal account as a receiver of letters: its address (none → in-portal notifications only) and its choices.</summary>
public sealed record Recipient(string UserId, string FullName, string? Email, IReadOnlyDictionary<string, NotificationSetting> Settings)
{
    public bool CanReceive => !string.IsNullOrWhiteSpace(Email);

    public bool Wants(string kind) => !Settings.TryGetValue(kind, out var s) || s.Enabled;

    public bool WantsDigest(string kind) => NotificationKinds.Find(kind)?.DigestOnly == true || (Settings.TryGetValue(kind, out var s) && s.Digest);
}
