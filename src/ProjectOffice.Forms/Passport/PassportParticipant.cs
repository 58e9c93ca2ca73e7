namespace ProjectOffice.Forms.Passport;

/// <summary>A row of section 5, numbered 1…n across all groups; the name in the short form («Ермаков А.В.»).</summary>
public sealed record PassportParticipant(
    int Number, string Role, string Name, string? Position, string? Supervisor, string? Employment);
