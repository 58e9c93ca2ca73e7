using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// What the budget editors accept in an amount cell: million rubles typed with a decimal comma («0,015», «29 310,220»),
/// «-» for "no funding", or nothing. The number stored beside the text is <see cref="NumberPhrase.Parse"/>'s, and every
/// «Всего» is <see cref="BudgetTotals"/>'s, as on the card and in the printed forms.
/// </summary>
public static partial class BudgetAmountText
{
    public const int MaxTextLength = 100;
    public const int MaxDecimals = 3;

    public const string InvalidAmountMessage =
        "Введите сумму в млн рублей цифрами с десятичной запятой (например, 0,015 или 29 310,220), «-», если финансирования нет, или оставьте ячейку пустой.";

    public const string TooManyDecimalsMessage = "Сумма в млн рублей указывается не более чем с тремя знаками после запятой.";

    public const string NegativeMessage = "Сумма не может быть отрицательной.";

    /// <summary>Why a typed amount is refused, or null for an empty cell, «-» or a non-negative number with at most three decimals.</summary>
    public static string? Error(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || NumberPhrase.IsDash(text))
        {
            return null;
        }

        var typed = text.Trim();
        if (typed.Length > MaxTextLength)
        {
            return InvalidAmountMessage;
        }

        if (typed.StartsWith('-') || typed.StartsWith('−'))
        {
            return NegativeMessage;
        }

        var match = Amount().Match(typed);
        if (!match.Success)
        {
            return InvalidAmountMessage;
        }

        return match.Groups["fraction"].Value.Length > MaxDecimals ? TooManyDecimalsMessage : NumberPhrase.SizeError(typed);
    }

    /// <summary>The amounts of one cell: several values typed into one cell are one per line («0,025 ¶ 0,015»).</summary>
    public static IReadOnlyList<string> SplitCell(string? cellText) =>
        string.IsNullOrWhiteSpace(cellText)
            ? []
            : cellText.Replace("\r\n", "\n", StringComparison.Ordinal)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Digits with an optional space (or no-break space) every three, then a decimal comma.
    [GeneratedRegex(@"^(?<whole>[0-9]{1,3}(?:[ \u00a0][0-9]{3})+|[0-9]+)(?:,(?<fraction>[0-9]+))?$")]
    private static partial Regex Amount();
}
