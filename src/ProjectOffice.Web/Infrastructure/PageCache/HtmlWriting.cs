using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ProjectOffice.Web.Infrastructure.PageCache;

/// <summary>
/// Writes a rendered page body to a string the way MVC writes it to the response. A Razor component rendered in a
/// view (<c>&lt;component render-mode="Static"&gt;</c>: the Gantt chart, the formulas on the card) is asynchronous
/// content that must be written on its renderer's dispatcher, so a plain synchronous <c>WriteTo</c> of the body
/// throws; the body's parts are therefore walked and the asynchronous ones awaited.
/// </summary>
internal static class HtmlWriting
{
    public static async Task WriteAsync(IHtmlContent content, TextWriter writer, HtmlEncoder encoder)
    {
        switch (content)
        {
            case IHtmlAsyncContent asynchronous:
                await asynchronous.WriteToAsync(writer);
                break;
            case IHtmlContentContainer container:
                var parts = new Parts();
                container.CopyTo(parts);
                foreach (var part in parts.Items)
                {
                    await WriteAsync(part, writer, encoder);
                }

                break;
            default:
                content.WriteTo(writer, encoder);
                break;
        }
    }

    /// <summary>Plain text of a container, encoded when written.</summary>
    private sealed record Text(string Value) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder) => encoder.Encode(writer, Value);
    }

    /// <summary>Collects a container's parts in order, unwritten.</summary>
    private sealed class Parts : IHtmlContentBuilder
    {
        public List<IHtmlContent> Items { get; } = [];

        public IHtmlContentBuilder Append(string? unencoded)
        {
            if (unencoded is not null)
            {
                Items.Add(new Text(unencoded));
            }

            return this;
        }

        public IHtmlContentBuilder AppendHtml(IHtmlContent? content)
        {
            if (content is not null)
            {
                Items.Add(content);
            }

            return this;
        }

        public IHtmlContentBuilder AppendHtml(string? encoded)
        {
            if (encoded is not null)
            {
                Items.Add(new HtmlString(encoded));
            }

            return this;
        }

        public IHtmlContentBuilder Clear()
        {
            Items.Clear();
            return this;
        }

        public void CopyTo(IHtmlContentBuilder destination)
        {
            foreach (var item in Items)
            {
                destination.AppendHtml(item);
            }
        }

        public void MoveTo(IHtmlContentBuilder destination)
        {
            CopyTo(destination);
            Items.Clear();
        }

        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            foreach (var item in Items)
            {
                item.WriteTo(writer, encoder);
            }
        }
    }
}
