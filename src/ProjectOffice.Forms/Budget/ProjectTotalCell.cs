using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Forms.Budget;

/// <summary>
/// A cell of the project's budget totals («Проект в целом», «Всего по … проекту»): the total the signed paper typed,
/// when the project keeps one for this source and year (<see cref="TypedBudgetTotal"/>), else the computed sum.
/// </summary>
public static class ProjectTotalCell
{
    /// <param name="sourceId">The funding source, or null for all sources.</param>
    /// <param name="year">The year, or null for all years.</param>
    /// <param name="amounts">The amounts the cell covers, summed when nothing was typed.</param>
    public static BudgetFormCell Of(Project project, int? sourceId, int? year, IEnumerable<BudgetAmount> amounts)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(amounts);
        return project.TypedBudgetTotals.FirstOrDefault(t => t.FundingSourceId == sourceId && t.Year == year) is { } typed
            ? BudgetFormCell.Typed([typed.Text])
            : BudgetFormCell.Computed(BudgetTotals.Sum(amounts.Select(a => a.Text)));
    }
}
