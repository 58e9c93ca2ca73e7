namespace ProjectOffice.Forms.Passport;

/// <summary>A row of item 19: «Проект в целом, …» (the project's period) or «1 этап. name» with its dates.</summary>
public sealed record PassportStageRow(string Title, DateOnly Start, DateOnly End, bool IsTotal = false);
