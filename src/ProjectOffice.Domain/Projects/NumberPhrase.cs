using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// Forms write values as phrases: «Не менее 5», «100», «0,532», «71%», «-». The portal keeps the text as typed
/// and, where it holds one number, that number beside it (for sums and charts).
/// </summary>
public static partial class NumberPhrase
{
    /// <summary>«-», «—» and «---» mean "no value / no funding", not zero.</summary>
    public static bool IsDash(string? text) => text is not null && DashOnly().IsMatch(text.Trim());

    /// <summary>The one number a phrase holds, or null when it holds none or several («0,025 0,015»).</summary>
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || IsDash(text))
        {
            return null;
        }

        var numbers = Number().Matches(text);
        if (numbers.Count != 1)
        {
            return null;
        }

        var digits = numbers[0].Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    [GeneratedRegex(@"^[-‐‒–—―]+$")]
    private static partial Regex DashOnly();

    // 29 310,220 or 0,532 or -5 or 1.5: groups of three after a space belong to the same number.
    [GeneratedRegex(@"-?\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|-?\d+(?:[.,]\d+)?")]
    private static partial Regex Number();
}
