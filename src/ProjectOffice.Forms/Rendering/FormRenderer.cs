using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;

namespace ProjectOffice.Forms.Rendering;

/// <summary>Renders a form's Razor component to a complete HTML document, outside any HTTP request.</summary>
public sealed class FormRenderer(IServiceProvider services, ILoggerFactory loggerFactory)
{
    /// <summary>The form as HTML; with <paramref name="preview"/> it carries the on-screen toolbar (hidden in print).</summary>
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object> parameters, PrintPreview? preview = null)
        where TComponent : IComponent
    {
        ArgumentNullException.ThrowIfNull(parameters);
        // A renderer keeps every component it rendered until it is disposed, so each document gets its own.
        await using var renderer = new HtmlRenderer(services, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(PrintRoot.Form)] = typeof(TComponent),
                [nameof(PrintRoot.FormParameters)] = parameters,
                [nameof(PrintRoot.Preview)] = preview,
            });
            var output = await renderer.RenderComponentAsync<PrintRoot>(root);
            return output.ToHtmlString();
        });
        return "<!DOCTYPE html>\n" + html;
    }
}
