namespace ProjectOffice.Web.Features.Passport;

/// <summary>What the member-row partial draws: the row, the names of its fields ({Field}.Person …) and its place.</summary>
public sealed record MemberRowEditor(TeamPage Page, string Field, MemberRow Row, string? Caption, bool IsParticipant, RowButtons? Buttons);
