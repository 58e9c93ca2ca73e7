using ProjectOffice.Forms.Budget;

namespace ProjectOffice.Forms.Annexes;

/// <summary>An activity of the financing table: typed amounts per year and the computed «Всего».</summary>
public sealed record AnnexFinancingLine
{
    /// <summary>«1.»; empty for the «Всего по проекту» row.</summary>
    public required string Number { get; init; }

    /// <summary>As printed; a line break separates two activities of one cell.</summary>
    public required string Title { get; init; }
    public string? BudgetCode { get; init; }

    /// <summary>One cell per <see cref="AnnexFinancing.Years"/> entry.</summary>
    public required IReadOnlyList<BudgetFormCell> Cells { get; init; }
    public required BudgetFormCell Total { get; init; }
}
