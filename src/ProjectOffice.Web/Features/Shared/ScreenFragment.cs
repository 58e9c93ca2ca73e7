using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// Hands a page's own partial to a form component rendered on screen (the risk register's state inside the card's
/// item 22): the partial is rendered by MVC, then passed to the component as markup.
/// </summary>
public static class ScreenFragment
{
    public static async Task<RenderFragment> PartialAsync(IHtmlHelper html, string partialName, object? model)
    {
        ArgumentNullException.ThrowIfNull(html);
        var content = await html.PartialAsync(partialName, model);
        await using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        var markup = writer.ToString();
        return builder => builder.AddMarkupContent(0, markup);
    }
}
