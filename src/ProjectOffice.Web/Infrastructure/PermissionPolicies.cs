using Microsoft.AspNetCore.Authorization;
using ProjectOffice.Domain.Access;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>One authorization policy per <see cref="Permissions"/> name, named after it, decided by <see cref="RolePermissions"/>.</summary>
public static class PermissionPolicies
{
    public static void AddPermissionPolicies(this IServiceCollection services)
    {
        services.AddAuthorization(options =>
        {
            foreach (var permission in Permissions.All)
            {
                options.AddPolicy(permission, policy => policy.AddRequirements(new PermissionRequirement(permission)));
            }
        });
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<IAuthorizationHandler, ProjectAccessHandler>();
    }

}
