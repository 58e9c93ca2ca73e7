namespace ProjectOffice.Web.Features.Passport;

/// <summary>The model of <c>_PassportTabs.cshtml</c>: every section of the passport editor, the open one marked.</summary>
public sealed record PassportTabs(int ProjectId, string Current);
