namespace ProjectOffice.Domain.Projects;

/// <summary>
/// Long texts with paragraphs and bullet lists, stored as plain markup: blocks are separated by a blank line,
/// a block whose lines all start with «- » is a list. Readers get paragraphs and lists, never raw HTML.
/// </summary>
public static class RichText
{
    public static IReadOnlyList<RichTextBlock> Parse(string? markup)
    {
        if (string.IsNullOrWhiteSpace(markup))
        {
            return [];
        }

        var blocks = new List<RichTextBlock>();
        foreach (var chunk in markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = chunk.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (lines.Length > 0 && lines.All(l => l.StartsWith("- ", StringComparison.Ordinal)))
            {
                blocks.Add(new RichTextBlock(null, lines.Select(l => l[2..].Trim()).ToList()));
            }
            else if (chunk.Trim().Length > 0)
            {
                blocks.Add(new RichTextBlock(chunk.Trim('\n'), []));
            }
        }

        return blocks;
    }

    public static string Format(IEnumerable<RichTextBlock> blocks) =>
        string.Join("\n\n", blocks.Select(b => b.Paragraph ?? string.Join("\n", b.Items.Select(i => "- " + i))));
}
