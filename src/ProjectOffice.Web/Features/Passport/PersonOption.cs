namespace ProjectOffice.Web.Features.Passport;

/// <summary>A person of the reference list as the team form offers them: the label to choose («… (№ 12)» for namesakes) and their own details.</summary>
public sealed record PersonOption(int Id, string Label, string? Position, string? Email, string? Phone);
