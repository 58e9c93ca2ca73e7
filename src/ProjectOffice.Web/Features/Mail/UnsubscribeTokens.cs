using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// The one-click unsubscribe link names a person and one kind of letter, signed and encrypted with the portal's Data
/// Protection keys (shared by all instances through the database): it needs no sign-in and cannot be forged or turned
/// into another person's or another kind's link.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("ProjectOffice.Mail.Unsubscribe.v1");

    public string Make(string userId, string kind) => protector.Protect($"{userId}\n{kind}");

    public (string UserId, string Kind)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = protector.Unprotect(token).Split('\n');
            return parts is [var userId, var kind] ? (userId, kind) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
