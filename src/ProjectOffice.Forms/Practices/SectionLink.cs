namespace ProjectOffice.Forms.Practices;

/// <summary>A link shown next to a section heading on the portal's practice page («Изменить»); the printed form has none.</summary>
public sealed record SectionLink(string Caption, string Url);
