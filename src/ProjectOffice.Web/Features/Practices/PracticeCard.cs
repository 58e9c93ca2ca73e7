using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>A practice in the library list.</summary>
public sealed class PracticeCard
{
    /// <summary>Marks around the words that matched the search (ts_headline's StartSel/StopSel): never in real text.</summary>
    public const string MatchStart = "\u27ea";
    public const string MatchEnd = "\u27eb";

    public required int Id { get; init; }
    public required string Name { get; init; }
    public required string Territory { get; init; }
    public required int StartYear { get; init; }
    public int? EndYear { get; init; }
    public required PracticeStatus Status { get; init; }
    public string? ProjectName { get; init; }

    /// <summary>A fragment of the text, with the matched words between <see cref="MatchStart"/> and <see cref="MatchEnd"/>.</summary>
    public string? Snippet { get; init; }

    public string Years => EndYear is { } end && end != StartYear ? $"{StartYear}–{end}" : $"{StartYear}";

    /// <summary>The snippet encoded, its matches in &lt;mark&gt;: the text itself is never trusted as HTML.</summary>
    public IHtmlContent SnippetHtml()
    {
        var html = new StringBuilder();
        var inside = false;
        foreach (var part in (Snippet ?? "").Replace("\n- ", " · ", StringComparison.Ordinal).Replace('\n', ' ').Split([MatchStart, MatchEnd], StringSplitOptions.None))
        {
            html.Append(inside ? "<mark>" : "").Append(HtmlEncoder.Default.Encode(part)).Append(inside ? "</mark>" : "");
            inside = !inside;
        }

        return new HtmlString(html.ToString());
    }
}
