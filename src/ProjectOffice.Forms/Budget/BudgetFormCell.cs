using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Budget;

/// <summary>
/// A money cell: the amounts as typed («0,015», «-»; several are printed one per line) or a computed total.
/// <see cref="Value"/> is the number the cell holds when it holds exactly one, with the scale it prints with.
/// </summary>
public sealed record BudgetFormCell(string Text, decimal? Value)
{
    public static BudgetFormCell Empty { get; } = new("", null);

    public static BudgetFormCell Typed(IReadOnlyList<string> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        // Printed output separates thousands with a plain space («29 310,220»), whatever the typist used.
        var text = string.Join("\n", amounts.Select(a => a.Replace('\u00a0', ' ')));
        return new BudgetFormCell(text, amounts.Count == 1 ? NumberPhrase.Parse(amounts[0]) : null);
    }

    public static BudgetFormCell Computed(BudgetTotal total) => new(BudgetTotals.Print(total), total.Value);
}
