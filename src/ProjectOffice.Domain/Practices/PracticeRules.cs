using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();
}
