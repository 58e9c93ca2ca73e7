namespace ProjectOffice.Forms.Passport;

/// <summary>A group of section 5: its heading (none for the project's own rows) and its rows.</summary>
public sealed record PassportParticipantGroup(string? Heading, IReadOnlyList<PassportParticipant> Rows);
