using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ProjectOffice.Tests.Features.Passport;

/// <summary>Reads a rendered form the way a browser would submit it.</summary>
internal static class FormPage
{
    /// <summary>Every field of the page's first form with a method of post (but not its buttons), as the browser would send them.</summary>
    public static Dictionary<string, string> Fields(this IDocument page, string formSelector = "main form[method=post]")
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector}");
        var fields = new Dictionary<string, string>();
        foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields[name] = box.Value;
                    }

                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? (select.Options.Length > 0 ? select.Options[0].Value : "");
                    break;
            }
        }

        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    /// <summary>The value a field shows: an input's value, a textarea's text, a select's chosen option.</summary>
    public static string? ValueOf(this IDocument page, string name) =>
        page.QuerySelector($"[name='{name}']") switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Options.FirstOrDefault(o => o.IsSelected)?.Value,
            _ => null,
        };

    /// <summary>The validation message shown next to a field.</summary>
    public static string MessageFor(this IDocument page, string name) =>
        page.QuerySelector($"[data-valmsg-for='{name}']")?.TextContent.Trim() ?? "";

    public static string Text(this IDocument page) => page.Body?.TextContent ?? "";
}
