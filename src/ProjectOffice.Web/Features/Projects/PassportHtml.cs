using Microsoft.AspNetCore.Html;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>Small pieces of the passport card's markup; every text goes through the HTML encoder.</summary>
public static class PassportHtml
{
    private const string NotFilled = "<span class=\"text-secondary fst-italic\">не заполнено</span>";

    /// <summary>A field's text (line breaks kept), or a quiet note that it is not filled in yet.</summary>
    public static IHtmlContent Value(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? new HtmlString(NotFilled)
            : new HtmlContentBuilder().AppendHtml("<span class=\"po-lines\">").Append(text).AppendHtml("</span>");

    /// <summary>Project names are stored without the «» the forms put around them.</summary>
    public static IHtmlContent Quoted(string? name) => Value(string.IsNullOrWhiteSpace(name) ? null : "«" + name + "»");

    /// <summary>Rich-text markup as paragraphs and bullet lists, never as raw HTML.</summary>
    public static IHtmlContent RichText(string? markup)
    {
        var html = new HtmlContentBuilder();
        foreach (var block in Domain.Projects.RichText.Parse(markup))
        {
            if (block.IsList)
            {
                html.AppendHtml("<ul class=\"mb-2\">");
                foreach (var item in block.Items)
                {
                    html.AppendHtml("<li>").Append(item).AppendHtml("</li>");
                }

                html.AppendHtml("</ul>");
            }
            else
            {
                html.AppendHtml("<p class=\"mb-2 po-lines\">").Append(block.Paragraph ?? "").AppendHtml("</p>");
            }
        }

        return html;
    }

    /// <summary>A list field (programmes, tasks, risks) as a bullet list; numbered when the form numbers it.</summary>
    public static IHtmlContent List(IReadOnlyList<string> items, bool numbered = false)
    {
        if (items.Count == 0)
        {
            return new HtmlString(NotFilled);
        }

        var tag = numbered ? "ol" : "ul";
        var html = new HtmlContentBuilder().AppendHtml($"<{tag} class=\"mb-0 ps-3\">");
        foreach (var item in items)
        {
            html.AppendHtml("<li>").Append(item).AppendHtml("</li>");
        }

        return html.AppendHtml($"</{tag}>");
    }

    /// <summary>A member in the long style of municipal items 7–13.</summary>
    public static IHtmlContent LongStyle(ProjectMember? member) => Value(member is null ? null : MemberText.LongStyle(member));
}
