using System.Globalization;
using System.Text;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// The computed «Всего» and «Проект в целом» cells of the budget tables (docs/project-format.md §6): the sum of the
/// typed amounts a cell covers. «-» means "no funding" and counts as nothing; a total of dashes only prints «-».
/// Money is million rubles, printed with a decimal comma and thousands split by a space: 29 310,220; 0,015; 9,0.
/// </summary>
public static class BudgetTotals
{
    public const string Dash = "-";

    /// <summary>
    /// The total of typed amounts: empty when the cell covers none, «-» when it covers only dashes. The sum keeps
    /// the scale of its inputs but drops trailing zeros past the first decimal (9,0 + 0 → 9,0; 6 × 0,015 → 0,09).
    /// </summary>
    public static string Total(IEnumerable<string?> amounts) => Print(Sum(amounts));

    /// <summary>The same total as a number (with the scale it prints with), for spreadsheets that keep numbers as numbers.</summary>
    public static BudgetTotal Sum(IEnumerable<string?> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        decimal? sum = null;
        var dashes = false;
        foreach (var text in amounts)
        {
            if (NumberPhrase.IsDash(text))
            {
                dashes = true;
            }
            else if (NumberPhrase.Parse(text) is { } value)
            {
                sum = (sum ?? 0m) + value;
            }
        }

        return sum is { } total ? new BudgetTotal(TrimTrailingZeros(total), IsDash: false) : new BudgetTotal(null, dashes);
    }

    /// <summary>A computed total as the forms print it: the number, «-», or nothing.</summary>
    public static string Print(BudgetTotal total) => total.Value is { } value ? Format(value) : total.IsDash ? Dash : "";

    /// <summary>The total of budget cells; an amount counts by its typed text, which is what the form prints.</summary>
    public static string Total(IEnumerable<BudgetAmount> amounts) => Total(amounts.Select(a => a.Text));

    /// <summary>
    /// The editor's warning beside a typed total that is not the sum of its rows: «Итог введён вручную: 9,03; сумма строк
    /// 9,015»; null when they agree (as numbers: «9,0» agrees with 9; «-» and an empty sum agree with nothing typed as 0)
    /// or when nothing was typed.
    /// </summary>
    public static string? Disagreement(string? typed, BudgetTotal computed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var typedValue = NumberPhrase.IsDash(typed) ? 0m : NumberPhrase.Parse(typed) ?? 0m;
        if (typedValue == (computed.Value ?? 0m))
        {
            return null;
        }

        var sum = Print(computed);
        return $"Итог введён вручную: {typed.Trim()}; сумма строк {(sum.Length == 0 ? "0" : sum)}";
    }

    /// <summary>Million rubles with the value's own number of decimals: 29310.220 → «29 310,220», 9.0 → «9,0».</summary>
    public static string Format(decimal millions)
    {
        var digits = Math.Abs(millions).ToString("F" + millions.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        var text = new StringBuilder(millions < 0 ? "-" : "");
        for (var i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                text.Append(' ');
            }

            text.Append(whole[i]);
        }

        if (point >= 0)
        {
            text.Append(',').Append(digits[(point + 1)..]);
        }

        return text.ToString();
    }

    private static decimal TrimTrailingZeros(decimal value)
    {
        while (value.Scale > 1 && decimal.Round(value, value.Scale - 1) == value)
        {
            value = decimal.Round(value, value.Scale - 1);
        }

        return value;
    }
}
