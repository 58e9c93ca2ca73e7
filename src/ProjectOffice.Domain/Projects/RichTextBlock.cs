namespace ProjectOffice.Domain.Projects;

/// <summary>A paragraph (Paragraph set) or a bullet list (Items).</summary>
public sealed record RichTextBlock(string? Paragraph, IReadOnlyList<string> Items)
{
    public bool IsList => Paragraph is null;
}
