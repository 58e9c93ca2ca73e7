namespace ProjectOffice.Forms.Plan;

/// <summary>A footnote printed under its table: «¹ КП – куратор муниципального проекта; …».</summary>
public sealed record FormFootnote(string Marker, string Text);
