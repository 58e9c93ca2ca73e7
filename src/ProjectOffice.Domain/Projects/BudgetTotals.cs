namespace ProjectOffice.Domain.Projects;

/// <summary>
/// «Всего» and «Проект в целом» cells: computed from the amounts they cover, never typed (docs/project-format.md §6).
/// </summary>
public static class BudgetTotals
{
    /// <summary>
    /// The sum of the parsed amounts; «-» counts as nothing, and when every amount is «-» the total is «-» too.
    /// The sum keeps the scale of its inputs but drops trailing zeros past the first decimal
    /// (9,0 + 0 → 9,0; 6 × 0,015 → 0,09).
    /// </summary>
    public static BudgetTotal Sum(IEnumerable<string> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        decimal? sum = null;
        var dashes = 0;
        var others = 0;
        foreach (var amount in amounts)
        {
            if (NumberPhrase.IsDash(amount))
            {
                dashes++;
            }
            else if (NumberPhrase.Parse(amount) is { } value)
            {
                sum = (sum ?? 0m) + value;
            }
            else
            {
                others++;
            }
        }

        if (sum is { } total)
        {
            return new BudgetTotal(DropTrailingZeros(total), IsDash: false);
        }

        return new BudgetTotal(null, IsDash: dashes > 0 && others == 0);
    }

    private static decimal DropTrailingZeros(decimal value)
    {
        while (value.Scale > 1)
        {
            var shorter = decimal.Round(value, value.Scale - 1);
            if (shorter != value)
            {
                break;
            }

            value = shorter;
        }

        return value;
    }
}
