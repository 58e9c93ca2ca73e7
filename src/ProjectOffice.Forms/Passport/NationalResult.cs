using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Passport;

/// <summary>A result of section 3: name and characteristic are rich text (paragraphs and lists).</summary>
public sealed record NationalResult(string Number, IReadOnlyList<RichTextBlock> Name, IReadOnlyList<RichTextBlock> Characteristic);
