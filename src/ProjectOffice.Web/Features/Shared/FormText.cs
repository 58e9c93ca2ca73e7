namespace ProjectOffice.Web.Features.Layout;

/// <summary>What a text field stores: nothing for a blank field; browsers send CRLF from textareas, the passport keeps LF.</summary>
public static class FormText
{
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    public static string Required(string? text) => Clean(text) ?? "";
}
