namespace ProjectOffice.Web.Infrastructure;

/// <summary>Claims the portal adds to the sign-in cookie.</summary>
public static class PortalClaims
{
    public const string FullName = "projectoffice:full_name";
}
