using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// Budget amounts are million rubles typed as text («0,015», «29 310,220», «-»); totals are computed from them and never
/// stored. A total keeps the scale of its inputs but drops trailing zeros past the first decimal (9,0 + 0 → 9,0;
/// 6 × 0,015 → 0,09), and is «-» when every amount it covers is «-».
/// </summary>
public static partial class BudgetMath
{
    public const int MaxTextLength = 100;
    public const int MaxDecimals = 3;

    public const string InvalidAmountMessage =
        "Введите сумму в млн рублей цифрами с десятичной запятой (например, 0,015 или 29 310,220), «-», если финансирования нет, или оставьте ячейку пустой.";

    public const string TooManyDecimalsMessage = "Сумма в млн рублей указывается не более чем с тремя знаками после запятой.";

    public const string NegativeMessage = "Сумма не может быть отрицательной.";

    private static readonly NumberFormatInfo MoneyFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = " ",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    /// <summary>Reads one typed amount: empty, «-», or a non-negative number with at most three decimals.</summary>
    public static ParsedAmount Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParsedAmount.Empty;
        }

        var typed = text.Trim();
        if (NumberPhrase.IsDash(typed))
        {
            return ParsedAmount.Dash;
        }

        if (typed.Length > MaxTextLength)
        {
            return ParsedAmount.Invalid(InvalidAmountMessage);
        }

        if (typed.StartsWith('-') || typed.StartsWith('−'))
        {
            return ParsedAmount.Invalid(NegativeMessage);
        }

        var match = Amount().Match(typed);
        if (!match.Success)
        {
            return ParsedAmount.Invalid(InvalidAmountMessage);
        }

        if (match.Groups["fraction"].Value.Length > MaxDecimals)
        {
            return ParsedAmount.Invalid(TooManyDecimalsMessage);
        }

        var digits = match.Groups["whole"].Value.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        if (match.Groups["fraction"].Success)
        {
            digits += "." + match.Groups["fraction"].Value;
        }

        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? ParsedAmount.Number(value)
            : ParsedAmount.Invalid(InvalidAmountMessage);
    }

    /// <summary>The amounts of one cell: several values typed into one cell are one per line («0,025 ¶ 0,015»).</summary>
    public static IReadOnlyList<string> SplitCell(string? cellText) =>
        string.IsNullOrWhiteSpace(cellText)
            ? []
            : cellText.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// «Всего» over the amounts given as typed: the sum of the numbers; «-» when there are no numbers but at least one «-»;
    /// empty when there is nothing at all. Texts that are not amounts count as nothing.
    /// </summary>
    public static string Total(IEnumerable<string?> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var sum = 0m;
        var anyNumber = false;
        var anyDash = false;
        foreach (var amount in amounts)
        {
            var parsed = Parse(amount);
            if (parsed.IsDash)
            {
                anyDash = true;
            }
            else if (parsed.Value is { } value)
            {
                // decimal addition keeps the larger scale of its operands: 9,0 + 0 = 9,0; 0,015 × 6 = 0,090.
                sum += value;
                anyNumber = true;
            }
        }

        return anyNumber ? Format(sum) : anyDash ? "-" : "";
    }

    /// <summary>29310.220 → «29 310,22», 9.0 → «9,0», 0.090 → «0,09», 5 → «5».</summary>
    public static string Format(decimal value)
    {
        var decimals = value.Scale;
        while (decimals > 1 && decimal.Round(value, decimals - 1) == value)
        {
            decimals--;
        }

        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), MoneyFormat);
    }

    // Digits with an optional space (or no-break space) every three, then a decimal comma.
    [GeneratedRegex(@"^(?<whole>\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,(?<fraction>\d+))?$")]
    private static partial Regex Amount();
}
