using ProjectOffice.Web.Features.Layout;
namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// Saving an editable table: rows with a known Id update their entity, rows with Id 0 (or an Id that is not in
/// this table) add one, entities whose Id is no longer in the form are removed. The row's index becomes SortOrder.
/// </summary>
public static class CollectionSync
{
    public static void Replace<TEntity, TRow>(
        IEnumerable<TEntity> current,
        IReadOnlyList<TRow> rows,
        Func<TEntity, int> entityId,
        Func<TRow, int> rowId,
        Func<TEntity> add,
        Action<TEntity, TRow, int> apply,
        Action<TEntity> remove)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentNullException.ThrowIfNull(remove);
        var byId = current.ToDictionary(entityId);
        var kept = new HashSet<int>();
        for (var index = 0; index < rows.Count; index++)
        {
            var id = rowId(rows[index]);
            var entity = id != 0 && byId.TryGetValue(id, out var found) && kept.Add(id) ? found : add();
            apply(entity, rows[index], index);
        }

        foreach (var (id, entity) in byId)
        {
            if (!kept.Contains(id))
            {
                remove(entity);
            }
        }
    }

    /// <summary>
    /// A table row's cells per year, typed as phrases: an emptied cell removes its value, a newly filled one adds it,
    /// a retyped one updates it; a cell typed as it was stays untouched.
    /// </summary>
    public static void ReplaceYearCells<TValue>(
        ICollection<TValue> values,
        IReadOnlyDictionary<int, string?> typed,
        IReadOnlyList<int> years,
        Func<TValue, int> yearOf,
        Func<TValue, string?> textOf,
        Func<int, string, TValue> add,
        Action<TValue, string> retype,
        Action<TValue> remove)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(years);
        foreach (var year in years)
        {
            var text = GridText.Clean(typed.GetValueOrDefault(year));
            var value = values.FirstOrDefault(v => yearOf(v) == year);
            if (text is null)
            {
                if (value is not null)
                {
                    remove(value);
                }
            }
            else if (value is null)
            {
                values.Add(add(year, text));
            }
            else if (textOf(value) != text)
            {
                retype(value, text);
            }
        }
    }

    /// <summary>The Ids of current entities the form no longer holds.</summary>
    public static IReadOnlyList<int> Removed(IEnumerable<int> currentIds, IEnumerable<int> rowIds) =>
        currentIds.Except(rowIds).ToList();
}
