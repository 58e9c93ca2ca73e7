using System.Globalization;

namespace ProjectOffice.Domain.Approval;

/// <summary>How a signature block prints a name and a date: «Н.В. Романькова», «30» января 2020 года.</summary>
public static class SignatureText
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <summary>«Романькова Наталья Владимировна» → «Н.В. Романькова»; «Кузюкова И.А.» → «И.А. Кузюкова»; anything else stays.</summary>
    public static string Name(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is < 2 or > 3)
        {
            return fullName.Trim();
        }

        var rest = parts.Skip(1).ToList();
        var initials = rest.Any(p => p.Contains('.', StringComparison.Ordinal))
            ? string.Concat(rest)
            : string.Concat(rest.Select(p => char.ToUpper(p[0], Russian) + "."));
        return initials + " " + parts[0];
    }

    public static string Date(DateOnly date) =>
        string.Create(Russian, $"«{date.Day:00}» {Russian.DateTimeFormat.MonthGenitiveNames[date.Month - 1]} {date.Year} года");
}
