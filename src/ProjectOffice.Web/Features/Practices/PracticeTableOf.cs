using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>A practice table whose rows are <typeparamref name="TRow"/> (a subset of a child collection when <see cref="Filter"/> is set).</summary>
public sealed class PracticeTable<TRow> : PracticeTable where TRow : class, IPracticeRow, new()
{
    private Func<Practice, List<TRow>>? getRows;

    public required Expression<Func<Practice, List<TRow>>> Collection { get; init; }

    /// <summary>Which rows of the collection belong to this table (the collection holds two tables), and how a new row is marked.</summary>
    public Func<TRow, bool> Filter { get; init; } = _ => true;
    public Action<TRow> Init { get; init; } = _ => { };

    /// <summary>The cells of a row, one per column, as the editor shows them.</summary>
    public required Func<TRow, string?[]> Read { get; init; }

    /// <summary>Stores normalised cells into a row (and the numbers phrases and amounts hold).</summary>
    public required Action<TRow, IReadOnlyList<string?>> Write { get; init; }

    private Func<Practice, List<TRow>> GetRows => getRows ??= Collection.Compile();

    public override IQueryable<Practice> Include(IQueryable<Practice> practices) => practices.Include(Collection);

    public override List<PracticeTableRowForm> ReadRows(Practice practice) =>
        GetRows(practice).Where(Filter).OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new PracticeTableRowForm { Id = r.Id, Cells = [.. Read(r)] })
            .ToList();

    public override void WriteRows(Practice practice, IReadOnlyList<PracticeTableRowForm> rows)
    {
        var all = GetRows(practice);
        var existing = all.Where(Filter).ToDictionary(r => r.Id);
        var kept = new HashSet<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            // An Id that is not a row of this table (stale or forged) makes a new row instead of touching another one.
            if (rows[i].Id == 0 || !existing.TryGetValue(rows[i].Id, out var row) || !kept.Add(row.Id))
            {
                row = new TRow();
                Init(row);
                all.Add(row);
            }

            Write(row, rows[i].Cells.Select((c, j) => Columns[j].Normalise(c)).ToList());
            row.SortOrder = i;
        }

        foreach (var gone in existing.Values.Where(r => !kept.Contains(r.Id)))
        {
            all.Remove(gone);
        }
    }
}
