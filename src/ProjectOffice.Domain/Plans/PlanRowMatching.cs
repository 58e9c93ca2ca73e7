using System.Text.RegularExpressions;

namespace ProjectOffice.Domain.Plans;

/// <summary>
/// Which existing plan item each row of an uploaded plan is. Items are only ever matched within their kind, each at
/// most once, in three passes:
/// 1. same number and same name — the untouched rows;
/// 2. same name, any number — rows that moved because rows were inserted, deleted or renumbered above them;
/// 3. same number, another name — a renamed item in its place.
/// Number alone is not enough: inserting one row shifts the numbers of every row after it (or duplicates one when the
/// author does not renumber), which would turn one insertion into a cascade of renames and hand control events to
/// other items. Name alone is not enough: renaming is the commonest edit, and name alone would make it a removal and
/// an addition, losing the item's id, its control events and its history. Names also repeat (a national control
/// point carries its result's name; two results may share one), which pass 1 settles by number. A row both renamed
/// and renumbered is not recognised: it becomes an addition and the old item a removal, and the preview says so.
/// </summary>
public static partial class PlanRowMatching
{
    /// <summary>For each row, the id of the item it is, or null for a new row.</summary>
    public static IReadOnlyList<int?> Match(IReadOnlyList<PlanMatchKey> rows, IReadOnlyList<(int Id, PlanMatchKey Key)> items)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(items);
        var rowKeys = rows.Select(r => r with { Name = NameKey(r.Name) }).ToList();
        var itemKeys = items.Select(i => (i.Id, Key: i.Key with { Name = NameKey(i.Key.Name) })).ToList();
        var matches = new int?[rows.Count];
        var taken = new HashSet<int>();

        // Each pass looks items up by what it compares; among equals, items are taken in plan order.
        void Pass<TKey>(Func<PlanMatchKey, TKey> by)
            where TKey : notnull
        {
            var candidates = itemKeys.ToLookup(i => by(i.Key), i => i.Id);
            for (var i = 0; i < rowKeys.Count; i++)
            {
                if (matches[i] is not null)
                {
                    continue;
                }

                foreach (var id in candidates[by(rowKeys[i])].Where(id => !taken.Contains(id)).Take(1))
                {
                    matches[i] = id;
                    taken.Add(id);
                }
            }
        }

        Pass(k => (k.Kind, k.Number, k.Name));
        Pass(k => (k.Kind, k.Name));
        Pass(k => (k.Kind, k.Number));
        return matches;
    }

    /// <summary>Names compared as people see them: runs of white space are one space, footnote markers after the name («⁵») do not count.</summary>
    public static string NameKey(string? name) => Markers().Replace(Spaces().Replace(name ?? "", " "), "").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s¹²³⁴⁵⁶⁷⁸⁹⁰*]+$")]
    private static partial Regex Markers();
}
