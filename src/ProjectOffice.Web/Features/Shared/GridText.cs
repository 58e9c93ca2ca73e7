namespace ProjectOffice.Web.Features.Layout;

/// <summary>How typed text is stored: textareas post CRLF while stored markup uses LF; blank means absent.</summary>
public static class GridText
{
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var clean = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        return clean.Length == 0 ? null : clean;
    }
}
