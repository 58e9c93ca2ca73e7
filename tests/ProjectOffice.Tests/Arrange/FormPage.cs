using AngleSharp.Dom;

namespace ProjectOffice.Tests;

/// <summary>The arrange kit's form reading (<see cref="Arrange.FormFields"/>) as extension methods of a page.</summary>
internal static class FormPage
{
    /// <summary>Every field of the page's first form with a method of post (but not its buttons), as the browser would send them.</summary>
    public static Dictionary<string, string> Fields(this IDocument page, string formSelector = "main form[method=post]") =>
        Arrange.FormFields(page, formSelector);

    /// <summary>The value a field shows: an input's value, a textarea's text, a select's chosen option.</summary>
    public static string? ValueOf(this IDocument page, string name) => Arrange.ValueOf(page, name);

    /// <summary>The validation message shown next to a field.</summary>
    public static string MessageFor(this IDocument page, string name) => Arrange.ErrorNextTo(page, name) ?? "";

    public static string Text(this IDocument page) => page.Body?.TextContent ?? "";
}
