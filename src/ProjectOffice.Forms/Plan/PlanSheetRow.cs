namespace ProjectOffice.Forms.Plan;

/// <summary>
/// One row of the plan table of an uploaded workbook, every cell as the text it shows (numbers in Russian notation,
/// date cells as dd.MM.yyyy, "" when empty). Which fields a row has depends on the layout: municipal rows have the
/// indicator and planned values, national rows the document type and level of control.
/// </summary>
public sealed record PlanSheetRow
{
    /// <summary>The sheet row (1-based), for messages.</summary>
    public required int Row { get; init; }
    public string Number { get; init; } = "";
    public string Name { get; init; } = "";
    public string Start { get; init; } = "";
    public string End { get; init; } = "";
    public string Indicator { get; init; } = "";

    /// <summary>«Плановое значение»: the one column, or the cell merged across the year columns.</summary>
    public string PlannedValue { get; init; } = "";

    /// <summary>Per year of <see cref="PlanSheet.Years"/> when the row fills the year columns one by one; empty otherwise.</summary>
    public IReadOnlyList<string> YearValues { get; init; } = [];
    public string Responsible { get; init; } = "";
    public string DocumentType { get; init; } = "";
    public string ControlLevel { get; init; } = "";
}
