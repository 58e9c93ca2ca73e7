namespace ProjectOffice.Web.Features.Projects;

/// <summary>A row of a budget table: cells in the table's column order, several typed values of one cell joined by a line break.</summary>
public sealed class BudgetTableRow
{
    public required BudgetRowKind Kind { get; init; }
    public string? Number { get; init; }
    public required string Title { get; init; }

    /// <summary>Код бюджетной классификации (financing sections of the additional materials).</summary>
    public string? Code { get; init; }
    public required IReadOnlyList<string> Cells { get; init; }

    /// <summary>The computed «Всего» cell: empty when the row covers no amount, «-» when only dashes.</summary>
    public required string Total { get; init; }
}
