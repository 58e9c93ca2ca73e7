namespace ProjectOffice.Forms.Passport;

/// <summary>A row of section 2: values as typed («73%», «Не менее 5»), one per year column (null where none).</summary>
public sealed record NationalIndicator(
    string Number, string Name, string Type, string? BaselineText, DateOnly? BaselineDate, IReadOnlyList<string?> Values);
