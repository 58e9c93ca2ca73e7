namespace ProjectOffice.Web.Infrastructure;

/// <summary>
/// Characters no field may hold: NUL (PostgreSQL text refuses it) and a lone UTF-16 surrogate (it cannot be written as
/// UTF-8). Both arrive only by accident or on purpose, never as something a person meant to keep.
/// </summary>
public static class HostileText
{
    public const string Message = "Поле содержит недопустимый управляющий символ (NUL или одиночный суррогат). Удалите его и сохраните снова.";

    public static bool IsHostile(string? text)
    {
        if (text is null)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with each NUL and lone surrogate replaced by U+FFFD «�»: storable, and it shows where the character was.</summary>
    public static string Defuse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (chars[i] == '\0' || char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}
