using System.Globalization;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>What a reader of a PDF sees, through poppler-utils: its text (page by page if asked), pages and fonts.</summary>
public static class PdfText
{
    /// <summary>
    /// The text in reading order, where a table cell's lines stay together (a wrapped name reads whole); or, with
    /// <paramref name="layout"/>, as laid out on the page, where a table row's first line reads across its cells.
    /// </summary>
    public static Task<string> ReadAsync(byte[] pdf, int? page = null, bool layout = false)
    {
        string[] pages = page is { } p ? ["-f", p.ToString(CultureInfo.InvariantCulture), "-l", p.ToString(CultureInfo.InvariantCulture)] : [];
        string[] mode = layout ? ["-layout"] : [];
        return PopplerAsync(pdf, path => ["pdftotext", .. pages, .. mode, path, "-"]);
    }

    /// <summary>The words separated by single spaces, line breaks included, for Contains checks.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Each part occurs in the text after the one before it.</summary>
    public static void AssertInOrder(string text, IEnumerable<string> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"«{part}» is missing after position {at} in: {text}");
            at = found + part.Length;
        }
    }

    /// <summary>pdftotext's word boxes (-bbox): every word with its position, page by page, as XHTML.</summary>
    public static Task<string> WordBoxesAsync(byte[] pdf) => PopplerAsync(pdf, path => ["pdftotext", "-bbox", path, "-"]);

    /// <summary>pdffonts' table: one line per font with its name and whether it is embedded.</summary>
    public static Task<string> FontsAsync(byte[] pdf) => PopplerAsync(pdf, path => ["pdffonts", path]);

    public static async Task<int> PageCountAsync(byte[] pdf)
    {
        var info = await PopplerAsync(pdf, path => ["pdfinfo", path]);
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<string> PopplerAsync(byte[] pdf, Func<string, string[]> command)
    {
        var path = Path.Combine(Path.GetTempPath(), $"po-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var line = command(path);
            var (exitCode, output) = await ExternalTool.RunAsync(line[0], line[1..]);
            Assert.True(exitCode == 0, $"{line[0]} could not read the PDF: {output}");
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
