using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

public static class PassportAccess
{
    /// <summary>Globally (office, administrator) or by the person's role in this project (leader, project administrator).</summary>
    public static async Task<bool> CanEditPassportAsync(this IAuthorizationService auth, ClaimsPrincipal user, int projectId) =>
        (await auth.AuthorizeAsync(user, new ProjectResource(projectId), Permissions.EditPassport)).Succeeded;
}
