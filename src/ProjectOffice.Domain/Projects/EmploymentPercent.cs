using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>«% занятости в проекте» of the participants table: typed as «20%» or «20», kept as typed, its number beside it.</summary>
public static partial class EmploymentPercent
{
    public const string Invalid = "Занятость указывается числом от 0 до 100, можно со знаком %: например, 20%.";

    /// <summary>Empty text is no value (true, null); otherwise a number 0–100, optionally followed by %.</summary>
    public static bool TryParse(string? text, out decimal? percent, [NotNullWhen(false)] out string? error)
    {
        percent = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var match = Percent().Match(text.Trim());
        if (!match.Success
            || !decimal.TryParse(match.Groups["n"].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value > 100)
        {
            error = Invalid;
            return false;
        }

        percent = value;
        return true;
    }

    [GeneratedRegex(@"^(?<n>\d{1,3}(?:[.,]\d+)?)\s*%?$")]
    private static partial Regex Percent();
}
