using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Domain.Projects;

/// <summary>
/// Million rubles from one funding source in one year (or for the whole item when Year is null), as typed:
/// «0,015», «9,0», «0» or «-» (no funding, which is not zero).
/// </summary>
public sealed class BudgetAmount
{
    public int Id { get; set; }
    public int BudgetItemId { get; set; }
    public int? FundingSourceId { get; set; }
    public FundingSource? FundingSource { get; set; }
    public int? Year { get; set; }
    public string Text { get; set; } = "";
    public decimal? Value { get; set; }

    /// <summary>Order of several values typed into one cell («0,025 ¶ 0,015»).</summary>
    public int SortOrder { get; set; }
}
