using System.Text.Json;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Exchange;

/// <summary>The format's richText (strings are paragraphs, {"list": [...]} is a bullet list) ⇄ the portal's markup.</summary>
public static class RichTextJson
{
    public static string ToMarkup(IEnumerable<JsonElement> blocks) =>
        RichText.Format(blocks.Select(block => block.ValueKind == JsonValueKind.String
            ? new RichTextBlock(block.GetString() ?? "", [])
            : new RichTextBlock(null, block.GetProperty("list").EnumerateArray().Select(i => i.GetString() ?? "").ToList())));

    public static List<JsonElement> FromMarkup(string? markup) =>
        RichText.Parse(markup)
            .Select(b => b.IsList
                ? JsonSerializer.SerializeToElement(new { list = b.Items })
                : JsonSerializer.SerializeToElement(b.Paragraph))
            .ToList();
}
