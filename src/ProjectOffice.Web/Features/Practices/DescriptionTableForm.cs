using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>
/// The table of section 14 with columns of the author's choosing (in seed 002: school and module). Commands as in
/// <see cref="PracticeTableForm"/>, plus add-column and remove-column:j.
/// </summary>
public sealed class DescriptionTableForm
{
    public uint Version { get; set; }
    public string? Command { get; set; }

#pragma warning disable CA2227 // model binding fills Columns[j] and Rows[i].Cells[j]
    public List<string?> Columns { get; set; } = [];
    public List<PracticeTableRowForm> Rows { get; set; } = [];
#pragma warning restore CA2227

    [BindNever]
    public int PracticeId { get; set; }

    [BindNever]
    public string PracticeName { get; set; } = "";

    /// <summary>One cell per column in every row.</summary>
    public void Shape()
    {
        foreach (var row in Rows)
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
}
