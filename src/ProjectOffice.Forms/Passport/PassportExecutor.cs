namespace ProjectOffice.Forms.Passport;

/// <summary>A row of item 11 «Перечень исполнителей проекта».</summary>
public sealed record PassportExecutor(int Number, string Name, string? Position, string? Email, string? Phone);
