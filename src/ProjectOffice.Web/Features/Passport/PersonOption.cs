namespace ProjectOffice.Web.Features.Passport;

/// <summary>A person of the reference list as the team form offers them.</summary>
public sealed record PersonOption(int Id, string FullName, string? Position, string? Email, string? Phone);
