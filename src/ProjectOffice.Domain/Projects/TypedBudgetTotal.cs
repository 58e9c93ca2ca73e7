using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// A «Всего» of the passport's budget as the signed paper typed it, which need not be the sum of its rows (seed 001
/// prints «Всего по муниципальному проекту» 9,03 where its rows sum to 9,015). When present it is printed instead of the
/// computed sum (<see cref="BudgetTotals.Disagreement"/> warns in the editor when the two differ).
/// The cell is the project's total of one funding source (or of all, when null) in one year (or over all years, when null):
/// municipal «Проект в целом» uses only Year = null; national section 4 «Всего по … проекту, в том числе:» uses both.
/// </summary>
public sealed class TypedBudgetTotal
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public int? FundingSourceId { get; set; }
    public FundingSource? FundingSource { get; set; }
    public int? Year { get; set; }

    /// <summary>As typed: «9,03», «-».</summary>
    public string Text { get; set; } = "";
    public decimal? Value { get; set; }
}
