using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Practices;

/// <summary>Practice costs are thousand rubles with up to three decimals, typed the Russian way: «29 310,220».</summary>
public static partial class ThousandRubles
{
    public const string FormatMessage =
        "Введите сумму в тысячах рублей: число не меньше нуля и меньше триллиона, не более трёх знаков после запятой (например, 29 310,220).";

    private static readonly NumberFormatInfo Printed = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00a0",
        NumberGroupSizes = [3],
    };

    /// <summary>The amount a typed text holds, or null when it is not an amount of this form.</summary>
    public static decimal? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (!Amount().IsMatch(trimmed))
        {
            return null;
        }

        // Stored as numeric(15, 3): twelve digits before the comma, beyond which it is no amount of this form.
        var digits = Separators().Replace(trimmed, "").Replace(',', '.');
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value < 1_000_000_000_000m ? value : null;
    }

    /// <summary>«81 323,914» (the group separator is a no-break space, so a sum never wraps).</summary>
    public static string Format(decimal amount) => amount.ToString("N3", Printed);

    /// <summary>The total of the costs table: the sum of the items.</summary>
    public static decimal Total(IEnumerable<PracticeCost> costs) => costs.Sum(c => c.Amount);

    // 29 310,220 · 29310,22 · 946,564 · 1094.704 · 0: groups of three after a space (or no-break space) belong to the number.
    [GeneratedRegex(@"^(?:[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]+)(?:[.,][0-9]{1,3})?$")]
    private static partial Regex Amount();

    [GeneratedRegex(@"[ \u00a0\u202f]")]
    private static partial Regex Separators();
}
