using System.ComponentModel.DataAnnotations;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// The budget editor's typed totals (<see cref="TypedBudgetTotal"/>): one text field per (source or all, year or all),
/// keyed as <see cref="BudgetCells.Key"/>. One amount per cell; an emptied cell goes back to the computed sum.
/// </summary>
public static class TypedTotalCells
{
    public static Dictionary<string, string?> Read(IEnumerable<TypedBudgetTotal> totals) =>
        totals.ToDictionary(t => BudgetCells.Key(t.FundingSourceId, t.Year), t => (string?)t.Text);

    /// <summary>A message under «TypedTotals[key]» for every cell that is not one amount.</summary>
    public static IEnumerable<ValidationResult> Check(Dictionary<string, string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var (key, text) in cells)
        {
            var typed = BudgetAmountText.SplitCell(text);
            var error = typed.Count > 1 ? "Итог — одна сумма." : typed.Select(BudgetAmountText.Error).FirstOrDefault(e => e is not null);
            if (error is not null)
            {
                yield return new ValidationResult(error, [$"TypedTotals[{key}]"]);
            }
        }
    }

    /// <summary>Writes the typed totals of the grid into the project; cells outside the grid are left as they are.</summary>
    public static void Apply(AppDbContext db, Project project, Dictionary<string, string?> cells, IEnumerable<(int? SourceId, int? Year)> grid)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(cells);
        foreach (var (sourceId, year) in grid)
        {
            var lines = BudgetAmountText.SplitCell(cells.GetValueOrDefault(BudgetCells.Key(sourceId, year)));
            var typed = lines.Count == 0 ? null : lines[0];
            var stored = project.TypedBudgetTotals.FirstOrDefault(t => t.FundingSourceId == sourceId && t.Year == year);
            if (typed is null)
            {
                if (stored is not null)
                {
                    db.TypedBudgetTotals.Remove(stored);
                }

                continue;
            }

            if (stored is null)
            {
                stored = new TypedBudgetTotal { FundingSourceId = sourceId, Year = year };
                project.TypedBudgetTotals.Add(stored);
            }

            if (stored.Text != typed)
            {
                stored.Text = typed;
                stored.Value = NumberPhrase.Parse(typed);
            }
        }
    }
}
