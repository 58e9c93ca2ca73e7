using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// The framework's check box reads a re-rendered form's posted value as a bool and throws on anything else, so a form
/// posted with garbage in a check box (a damaged or hostile client) answered 500 instead of showing the form again.
/// Such a value is dropped before rendering: the box shows the model's state and the binding error stays next to it.
/// </summary>
public sealed class CheckBoxTolerantHtmlGenerator(
    IAntiforgery antiforgery,
    IOptions<MvcViewOptions> options,
    IModelMetadataProvider metadataProvider,
    IUrlHelperFactory urlHelperFactory,
    HtmlEncoder htmlEncoder,
    ValidationHtmlAttributeProvider validationAttributeProvider)
    : DefaultHtmlGenerator(antiforgery, options, metadataProvider, urlHelperFactory, htmlEncoder, validationAttributeProvider)
{
    public override TagBuilder GenerateCheckBox(ViewContext viewContext, ModelExplorer modelExplorer, string expression, bool? isChecked, object htmlAttributes)
    {
        ArgumentNullException.ThrowIfNull(viewContext);
        var name = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression);
        if (viewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.RawValue is { } raw && !IsBool(raw))
        {
            entry.RawValue = null;
        }

        return base.GenerateCheckBox(viewContext, modelExplorer, expression, isChecked, htmlAttributes);
    }

    // A check box posts «true» and its hidden twin «false»: the first value decides, as the framework reads it.
    private static bool IsBool(object raw) => (raw is string[] values ? values.FirstOrDefault() : raw as string) is { } text && bool.TryParse(text, out _);
}
