namespace ProjectOffice.Forms.Budget;

/// <summary>A budget row: «1 этап. Подготовительный…», then «Всего» and one cell per funding source.</summary>
public sealed record BudgetFormRow
{
    public required int Number { get; init; }
    public required string Name { get; init; }

    /// <summary>Cells[0] is «Всего»; then one per <see cref="BudgetFormData.Sources"/> entry.</summary>
    public required IReadOnlyList<BudgetFormCell> Cells { get; init; }
}
