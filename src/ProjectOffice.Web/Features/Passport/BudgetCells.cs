using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// The amount cells of a budget row in a form: one text field per (funding source, year), keyed «5-2019» («5-all» without
/// a year, «all-2019» without a source). A cell that held several typed values shows them one per line.
/// </summary>
public static class BudgetCells
{
    public static string Key(int? sourceId, int? year) =>
        string.Create(CultureInfo.InvariantCulture, $"{(sourceId is { } s ? s.ToString(CultureInfo.InvariantCulture) : "all")}-{(year is { } y ? y.ToString(CultureInfo.InvariantCulture) : "all")}");

    /// <summary>The cells of a stored row for the given grid: the amounts of each cell joined by line breaks, in their order.</summary>
    public static Dictionary<string, string?> Read(BudgetItem item, IEnumerable<(int? SourceId, int? Year)> grid)
    {
        ArgumentNullException.ThrowIfNull(item);
        return grid.ToDictionary(
            cell => Key(cell.SourceId, cell.Year),
            cell => Joined(item.Amounts.Where(a => a.FundingSourceId == cell.SourceId && a.Year == cell.Year)));
    }

    /// <summary>A message for every cell that is not an amount («abc», «1,2345», «-5»), under «Cells[key]».</summary>
    public static IEnumerable<ValidationResult> Check(Dictionary<string, string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var (key, text) in cells)
        {
            var errors = BudgetAmountText.SplitCell(text).Select(BudgetAmountText.Error).OfType<string>().Distinct().ToList();
            if (errors.Count > 0)
            {
                yield return new ValidationResult(string.Join(" ", errors), [$"Cells[{key}]"]);
            }
        }
    }

    /// <summary>
    /// Writes the typed cells of the grid into the row. A cell typed as it was stays untouched (ids and all); a changed cell
    /// gets one amount per typed line; an emptied cell loses its amounts. Cells outside the grid are left as they are.
    /// </summary>
    public static void Apply(AppDbContext db, BudgetItem item, Dictionary<string, string?> cells, IEnumerable<(int? SourceId, int? Year)> grid)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var (sourceId, year) in grid)
        {
            var typed = BudgetAmountText.SplitCell(cells.GetValueOrDefault(Key(sourceId, year)));
            var stored = item.Amounts.Where(a => a.FundingSourceId == sourceId && a.Year == year).OrderBy(a => a.SortOrder).ThenBy(a => a.Id).ToList();
            if (stored.Select(a => a.Text).SequenceEqual(typed, StringComparer.Ordinal))
            {
                continue;
            }

            for (var k = 0; k < typed.Count; k++)
            {
                var amount = k < stored.Count ? stored[k] : null;
                if (amount is null)
                {
                    amount = new BudgetAmount { FundingSourceId = sourceId, Year = year };
                    item.Amounts.Add(amount);
                }

                if (amount.Text != typed[k])
                {
                    amount.Text = typed[k];
                    amount.Value = NumberPhrase.Parse(typed[k]);
                }

                amount.SortOrder = k;
            }

            foreach (var surplus in stored.Skip(typed.Count))
            {
                db.BudgetAmounts.Remove(surplus);
            }
        }
    }

    private static string? Joined(IEnumerable<BudgetAmount> amounts)
    {
        var texts = amounts.OrderBy(a => a.SortOrder).ThenBy(a => a.Id).Select(a => a.Text).ToList();
        return texts.Count == 0 ? null : string.Join("\n", texts);
    }
}
