namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Which evidence files are accepted: the extension must be on the list AND the first bytes must be what that
/// format starts with, so a renamed page or program is refused. The stored content type comes from this list,
/// never from the browser.
/// </summary>
public static class EvidenceFileTypes
{
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>How many first bytes <see cref="Check"/> needs to see.</summary>
    public const int HeadLength = 8192;

    public const string AllowedList = "PDF, DOCX, XLSX, DOC, XLS, JPG, PNG, ODT, ODS, TXT, ZIP";

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly Dictionary<string, (string ContentType, byte[][] Magic)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", [Pdf]),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [Zip]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [Zip]),
        [".doc"] = ("application/msword", [Ole]),
        [".xls"] = ("application/vnd.ms-excel", [Ole]),
        [".jpg"] = ("image/jpeg", [Jpeg]),
        [".jpeg"] = ("image/jpeg", [Jpeg]),
        [".png"] = ("image/png", [Png]),
        [".odt"] = ("application/vnd.oasis.opendocument.text", [Zip]),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", [Zip]),
        [".zip"] = ("application/zip", [Zip, EmptyZip]),
        [".txt"] = ("text/plain", []),
    };

    /// <summary>The content type to store, or null and a Russian message when the file is refused.</summary>
    public static string? Check(string fileName, long size, ReadOnlySpan<byte> head, out string? error)
    {
        error = null;
        var extension = Path.GetExtension(fileName);
        if (!Types.TryGetValue(extension, out var type))
        {
            error = $"Файлы этого типа не принимаются. Можно приложить: {AllowedList}.";
            return null;
        }

        if (size == 0)
        {
            error = "Файл пустой.";
            return null;
        }

        if (size > MaxBytes)
        {
            error = "Файл больше 20 МБ. Уменьшите его или приложите архив частями.";
            return null;
        }

        if (!Matches(head, type.Magic))
        {
            error = $"Содержимое файла не соответствует расширению {extension.ToLowerInvariant()}: файл повреждён или переименован.";
            return null;
        }

        return type.ContentType;
    }

    /// <summary>
    /// The type to send with a download: a stored type from the list above, anything else (HTML, SVG, unknown)
    /// as a plain download, so nothing uploaded is ever rendered by the browser.
    /// </summary>
    public static string SafeContentType(string? stored) =>
        stored is not null && Types.Values.Any(t => string.Equals(t.ContentType, stored, StringComparison.OrdinalIgnoreCase))
            ? stored == "text/plain" ? "text/plain; charset=utf-8" : stored
            : "application/octet-stream";

    /// <summary>The name as uploaded without any folder part or control characters, at most 255 characters.</summary>
    public static string CleanFileName(string? fileName)
    {
        var name = (fileName ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        name = new string(name.Where((c, i) => !char.IsControl(c) && !IsLoneSurrogate(name, i)).ToArray()).Trim();
        if (name.Length > 255)
        {
            // «a.bbb…» with a 300-character "extension" keeps no extension: it is not one of ours and Check says so.
            var extension = Path.GetExtension(name) is { Length: <= 16 } kept ? kept : "";
            var cut = 255 - extension.Length;
            cut -= char.IsHighSurrogate(name[cut - 1]) ? 1 : 0;
            name = name[..cut] + extension;
        }

        return name.Length == 0 ? "файл" : name;
    }

    private static bool IsLoneSurrogate(string text, int i) =>
        (char.IsHighSurrogate(text[i]) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])))
        || (char.IsLowSurrogate(text[i]) && (i == 0 || !char.IsHighSurrogate(text[i - 1])));

    private static bool Matches(ReadOnlySpan<byte> head, byte[][] magic)
    {
        if (magic.Length == 0)
        {
            return LooksLikeText(head);
        }

        foreach (var signature in magic)
        {
            if (head.StartsWith(signature))
            {
                return true;
            }
        }

        return false;
    }

    // Plain text has no signature: refuse what has NUL bytes, which text never does (programs and archives do).
    private static bool LooksLikeText(ReadOnlySpan<byte> head) => !head.Contains((byte)0);
}
