using System.Text.RegularExpressions;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Practices;

/// <summary>What a practice passport's values must look like; the edit forms and the JSON importer both ask these.</summary>
public static partial class PracticeRules
{
    public const int NameLength = 1000;
    public const int ShortTextLength = 2000;
    public const int CellLength = 10000;
    public const int LongTextLength = 100000;
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    /// <summary>Null when the years are a period the library can filter by, else the message.</summary>
    public static string? CheckYears(int startYear, int? endYear)
    {
        if (startYear is < MinYear or > MaxYear)
        {
            return $"Год начала — число от {MinYear} до {MaxYear}.";
        }

        if (endYear is { } end && (end < startYear || end > MaxYear))
        {
            return $"Год окончания — не раньше года начала и не позже {MaxYear}.";
        }

        return null;
    }

    /// <summary>Links open from the library, so only absolute http(s) addresses are accepted.</summary>
    public static string? CheckUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? null
            : "Введите адрес ресурса целиком, начиная с https:// или http://.";

    public static string? CheckEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) || Email().IsMatch(email.Trim())
            ? null
            : "Введите адрес электронной почты в виде name@example.ru.";

    public static string? CheckAmount(string? text) => ThousandRubles.Parse(text) is null ? ThousandRubles.FormatMessage : null;

    /// <summary>Text typed in a browser's textarea: CR LF becomes LF, trailing spaces of lines and blank edges go.</summary>
    public static string? NormaliseText(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        var joined = string.Join("\n", lines).Trim('\n', ' ');
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>
    /// A long text as typed in a textarea, in the canonical RichText markup. People type a list right under its
    /// lead-in line («Задачи практики:» then «- …» lines) without the blank line the markup wants, so one is put
    /// wherever list lines and other lines meet.
    /// </summary>
    public static string? CanonicalRichText(string? typed)
    {
        var text = NormaliseText(typed);
        if (text is null)
        {
            return null;
        }

        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (lines.Count > 0 && lines[^1].Length > 0 && line.Length > 0 && IsListLine(line) != IsListLine(lines[^1]))
            {
                lines.Add("");
            }

            lines.Add(line);
        }

        var markup = RichText.Format(RichText.Parse(string.Join("\n", lines)));
        return markup.Length == 0 ? null : markup;
    }

    private static bool IsListLine(string line) => line.StartsWith("- ", StringComparison.Ordinal);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
