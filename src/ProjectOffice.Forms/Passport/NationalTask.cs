namespace ProjectOffice.Forms.Passport;

/// <summary>A task of section 3 («1.») and its results («1.1.»).</summary>
public sealed record NationalTask(string Number, string Name, IReadOnlyList<NationalResult> Results);
