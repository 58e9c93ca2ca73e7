using Microsoft.AspNetCore.Authorization;

namespace ProjectOffice.Web.Infrastructure;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
