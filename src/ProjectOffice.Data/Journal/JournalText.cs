using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Domain.Journal;

namespace ProjectOffice.Data.Journal;

/// <summary>A journal row as a person reads it: the Russian names of the entity and the field, names instead of keys.</summary>
public sealed record JournalLine(
    DateTimeOffset At, string UserName, JournalAction Action, string Entity, string? EntityId, string? Field, string? OldValue, string? NewValue);

/// <summary>
/// Turns stored journal rows (keys of entities and properties, ids in reference fields) into what the journal page and
/// the control events' history show. The names of the rows the ids point to are read in one query per kind for the
/// whole page; a row since deleted is shown by its number.
/// </summary>
public static class JournalText
{
    public static async Task<IReadOnlyList<JournalLine>> ReadAsync(AppDbContext db, IReadOnlyList<JournalEntry> rows, CancellationToken ct)
    {
        var names = await NamesAsync(db, rows, ct);
        string? Show(JournalEntry row, string? value) =>
            value is not null && JournalNames.Reference(row.Field) is { } kind
                ? names.GetValueOrDefault((kind, value)) ?? (kind == JournalReference.User ? "удаленная учетная запись" : $"№ {value} (удалено)")
                : value;
        return rows.Select(r => new JournalLine(
                r.At, r.UserName, r.Action, JournalNames.Entity(r.EntityType), r.EntityId,
                r.Field is null ? null : JournalNames.Field(r.Field), Show(r, r.OldValue), Show(r, r.NewValue)))
            .ToList();
    }

    private static async Task<Dictionary<(JournalReference, string), string>> NamesAsync(
        AppDbContext db, IReadOnlyList<JournalEntry> rows, CancellationToken ct)
    {
        var wanted = rows
            .SelectMany(r => JournalNames.Reference(r.Field) is { } kind
                ? new[] { r.OldValue, r.NewValue }.OfType<string>().Select(v => (Kind: kind, Key: v))
                : [])
            .Distinct()
            .GroupBy(w => w.Kind, w => w.Key);
        var names = new Dictionary<(JournalReference, string), string>();
        foreach (var group in wanted)
        {
            var keys = group.ToList();
            var ids = keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).OfType<int>().ToList();
            var found = group.Key switch
            {
                JournalReference.User => await db.Users.Where(u => keys.Contains(u.Id)).Select(u => new KeyName(u.Id, u.FullName)).ToListAsync(ct),
                JournalReference.Person => ById(await db.People.Where(p => ids.Contains(p.Id)).Select(p => new IdName(p.Id, p.FullName)).ToListAsync(ct)),
                JournalReference.Organisation => ById(await db.Organisations.Where(o => ids.Contains(o.Id)).Select(o => new IdName(o.Id, o.Name)).ToListAsync(ct)),
                JournalReference.Stage => ById(await db.Stages.Where(s => ids.Contains(s.Id)).Select(s => new IdName(s.Id, s.Name)).ToListAsync(ct)),
                JournalReference.PlanItem => ById(await db.PlanItems.Where(i => ids.Contains(i.Id)).Select(i => new IdName(i.Id, i.Name)).ToListAsync(ct)),
                JournalReference.Task => ById(await db.ProjectTasks.Where(t => ids.Contains(t.Id)).Select(t => new IdName(t.Id, t.Name)).ToListAsync(ct)),
                JournalReference.Result => ById(await db.ProjectResults.Where(r => ids.Contains(r.Id)).Select(r => new IdName(r.Id, r.Name)).ToListAsync(ct)),
                JournalReference.Group => ById(await db.ParticipantGroups.Where(g => ids.Contains(g.Id)).Select(g => new IdName(g.Id, g.Title)).ToListAsync(ct)),
                JournalReference.FundingSource => ById(await db.FundingSources.Where(f => ids.Contains(f.Id)).Select(f => new IdName(f.Id, f.Name)).ToListAsync(ct)),
                _ => [],
            };
            foreach (var (key, name) in found)
            {
                names[(group.Key, key)] = string.IsNullOrWhiteSpace(name) ? $"№ {key}" : name;
            }
        }

        return names;
    }

    private static List<KeyName> ById(List<IdName> rows) =>
        rows.Select(r => new KeyName(r.Id.ToString(CultureInfo.InvariantCulture), r.Name)).ToList();

    private sealed record IdName(int Id, string? Name);

    private sealed record KeyName(string Key, string? Name);
}
