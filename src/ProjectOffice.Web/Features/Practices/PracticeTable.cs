using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>
/// One editable table of the passport (/practices/{id}/tables/{Slug}): its columns and how its rows map to the
/// practice's child rows. The typed rows are in <see cref="PracticeTable{TRow}"/>; the list is <see cref="PracticeTables"/>.
/// </summary>
public abstract class PracticeTable
{
    public required string Slug { get; init; }
    public required int Section { get; init; }

    /// <summary>Which table of the section, when it has several («Принятые НПА»).</summary>
    public string? Caption { get; init; }
    public required IReadOnlyList<PracticeColumn> Columns { get; init; }

    public string Title => Caption is null ? PracticeSections.Heading(Section) : $"{PracticeSections.Heading(Section)} — {Caption}";

    /// <summary>The practice with this table's rows loaded (tracked, for saving).</summary>
    public abstract IQueryable<Practice> Include(IQueryable<Practice> practices);

    public abstract List<PracticeTableRowForm> ReadRows(Practice practice);

    /// <summary>Replaces the table with the posted rows: existing rows updated by Id, new rows added, missing rows deleted, order from position.</summary>
    public abstract void WriteRows(Practice practice, IReadOnlyList<PracticeTableRowForm> rows);

    /// <summary>Pads or trims every row to the columns, so that the view and the checks see one cell per column.</summary>
    public void Shape(List<PracticeTableRowForm> rows)
    {
        foreach (var row in rows)
        {
            while (row.Cells.Count < Columns.Count)
            {
                row.Cells.Add(null);
            }

            if (row.Cells.Count > Columns.Count)
            {
                row.Cells.RemoveRange(Columns.Count, row.Cells.Count - Columns.Count);
            }
        }
    }

    /// <summary>Adds a message next to every cell that does not fit its column; true when all fit.</summary>
    public bool Validate(IReadOnlyList<PracticeTableRowForm> rows, ModelStateDictionary modelState)
    {
        var valid = true;
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < Columns.Count; j++)
            {
                if (Columns[j].Check(Columns[j].Normalise(rows[i].Cells[j])) is { } error)
                {
                    modelState.AddModelError(CellKey(i, j), error);
                    valid = false;
                }
            }
        }

        return valid;
    }

    public static string CellKey(int row, int column) => string.Create(CultureInfo.InvariantCulture, $"Rows[{row}].Cells[{column}]");

    /// <summary>The table as text for the journal: one numbered line per row, cells separated by « | ».</summary>
    public static string Describe(IEnumerable<PracticeTableRowForm> rows) =>
        string.Join("\n", rows.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. ")
            + string.Join(" | ", r.Cells.Select(c => (c ?? "").Replace('\n', ' ')))));
}
