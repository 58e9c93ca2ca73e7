using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// Forms write values as phrases: «Не менее 5», «100», «0,532», «71%», «-». The portal keeps the text as typed
/// and, where it holds one number, that number beside it (for sums and charts).
/// </summary>
public static partial class NumberPhrase
{
    /// <summary>
    /// Numbers are stored as numeric(18, 4) (indicators, plan values) or numeric(18, 3) (budget): 14 digits before the
    /// comma fit both, and no municipal value comes near (the largest budget is thousands of million rubles).
    /// </summary>
    public const int MaxWholeDigits = 14;

    public static readonly string TooLargeMessage = $"Слишком большое число: не более {MaxWholeDigits} цифр до запятой.";

    private static readonly decimal Limit = 100_000_000_000_000m;

    /// <summary>The message for a phrase holding a number too large to keep, or null.</summary>
    public static string? SizeError(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 10_000)
        {
            return null;
        }

        foreach (Match number in Number().Matches(text))
        {
            var whole = number.Value.TrimStart('-').Split('.', ',')[0].Replace(" ", "", StringComparison.Ordinal)
                .Replace("\u00a0", "", StringComparison.Ordinal).TrimStart('0');
            if (whole.Length > MaxWholeDigits)
            {
                return TooLargeMessage;
            }
        }

        return null;
    }

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
        // Too large to store is no number rather than an overflow in the database; editors and import say so first (SizeError).
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < Limit
            ? value
            : null;
    }

    [GeneratedRegex(@"^[-‐‒–—―]+$")]
    private static partial Regex DashOnly();

    // 29 310,220 or 0,532 or -5 or 1.5: groups of three after a space belong to the same number.
    [GeneratedRegex(@"-?[0-9]{1,3}(?:[ \u00a0][0-9]{3})+(?:[.,][0-9]+)?|-?[0-9]+(?:[.,][0-9]+)?")]
    private static partial Regex Number();
}
