namespace ProjectOffice.Web.Features.Practices;

/// <summary>One row of an editable table: its Id (0 = new) and one cell per column.</summary>
public sealed class PracticeTableRowForm
{
    public int Id { get; set; }

#pragma warning disable CA2227 // model binding fills the cells of Rows[i].Cells[j]
    public List<string?> Cells { get; set; } = [];
#pragma warning restore CA2227
}
