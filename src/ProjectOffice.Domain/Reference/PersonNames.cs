namespace ProjectOffice.Domain.Reference;

public static class PersonNames
{
    /// <summary>«Ефимова Лариса Геннадьевна» → «Ефимова Л.Г.»; a name already short, or not a name, stays as it is.</summary>
    public static string ToShortForm(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3 || parts.Skip(1).Any(p => p.Contains('.', StringComparison.Ordinal)))
        {
            return fullName.Trim();
        }

        return parts[0] + " " + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + "."));
    }
}
