using System.Security.Claims;

namespace ProjectOffice.Web.Infrastructure;

public static class PortalUser
{
    /// <summary>The signed-in person's full name as decisions and journals record it (the login when the name is missing).</summary>
    public static string DisplayName(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? "?";
    }
}
