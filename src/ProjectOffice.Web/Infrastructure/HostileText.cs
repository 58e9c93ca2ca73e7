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
}
