using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>Puts the person's full name into the cookie so that every page can greet them without a query.</summary>
public sealed class FullNameClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));
        return identity;
    }
}
