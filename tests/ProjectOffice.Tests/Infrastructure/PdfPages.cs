using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ProjectOffice.Tests.Infrastructure;

/// <summary>
/// A PDF read back page by page through poppler's word boxes (pdftotext -bbox): each page as its lines of words from
/// top to bottom, for checks on where the pages break.
/// </summary>
public static partial class PdfPages
{
    /// <summary>Words whose tops are within 2 pt make one line, read left to right.</summary>
    public static async Task<IReadOnlyList<PdfPage>> ReadAsync(byte[] pdf)
    {
        var html = await PdfText.WordBoxesAsync(pdf);

        var pages = new List<PdfPage>();
        foreach (Match page in PageMarkup().Matches(html))
        {
            var words = WordMarkup().Matches(page.Groups["words"].Value)
                .Select(w => (Top: Points(w, "top"), Bottom: Points(w, "bottom"), Left: Points(w, "left"), Text: WebUtility.HtmlDecode(w.Groups["text"].Value)))
                .OrderBy(w => w.Top).ThenBy(w => w.Left)
                .ToList();
            var lines = new List<PdfLine>();
            foreach (var word in words)
            {
                if (lines.Count > 0 && Math.Abs(word.Top - lines[^1].Top) <= 2)
                {
                    var last = lines[^1];
                    lines[^1] = last with { Words = [.. last.Words, (word.Left, word.Text)], Bottom = Math.Max(last.Bottom, word.Bottom) };
                }
                else
                {
                    lines.Add(new PdfLine(word.Top, word.Bottom, [(word.Left, word.Text)]));
                }
            }

            pages.Add(new PdfPage(Points(page, "height"), lines));
        }

        return pages;
    }

    private static double Points(Match match, string group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("""<page width="[0-9.]+" height="(?<height>[0-9.]+)">(?<words>.*?)</page>""", RegexOptions.Singleline)]
    private static partial Regex PageMarkup();

    [GeneratedRegex("""<word xMin="(?<left>[0-9.]+)" yMin="(?<top>[0-9.]+)" xMax="[0-9.]+" yMax="(?<bottom>[0-9.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordMarkup();
}

/// <summary>A page read back: its height and its lines of text, top to bottom (points from the top of the page).</summary>
public sealed record PdfPage(double Height, IReadOnlyList<PdfLine> Lines);

/// <summary>A line of a page: words whose tops are level, left to right.</summary>
public sealed record PdfLine(double Top, double Bottom, IReadOnlyList<(double Left, string Text)> Words)
{
    public string Text => string.Join(' ', Words.OrderBy(w => w.Left).Select(w => w.Text));
}
