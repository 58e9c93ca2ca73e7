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

    /// <summary>The Ids of current entities the form no longer holds.</summary>
    public static IReadOnlyList<int> Removed(IEnumerable<int> currentIds, IEnumerable<int> rowIds) =>
        currentIds.Except(rowIds).ToList();
}
