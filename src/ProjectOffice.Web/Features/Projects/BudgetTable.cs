namespace ProjectOffice.Web.Features.Projects;

/// <summary>A budget table of the card: a column per funding source (municipal) or per year (national, financing).</summary>
public sealed class BudgetTable
{
    public required IReadOnlyList<string> Columns { get; init; }
    public required IReadOnlyList<BudgetTableRow> Rows { get; init; }

    public bool IsEmpty => Rows.Count == 0;
}
