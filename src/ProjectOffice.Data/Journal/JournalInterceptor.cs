using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data.Journal;

/// <summary>
/// Writes a journal row for every create, update, delete, status change and file upload of a project's rows,
/// inside the same SaveChanges (so the same transaction): a change that fails leaves no journal row, and no
/// feature can forget to journal. The project is found through the row's ProjectId or its parents' foreign keys.
/// </summary>
public sealed class JournalInterceptor(IJournalUser user, TimeProvider clock) : SaveChangesInterceptor
{
    // Bookkeeping columns whose change is not a change of the passport.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        nameof(Project.Version), nameof(Project.UpdatedAt), nameof(ControlEvent.MarkedAt), nameof(EvidenceFile.Content),
    };

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db)
        {
            await AddJournalRowsAsync(db, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db)
        {
            AddJournalRowsAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return base.SavingChanges(eventData, result);
    }

    private async Task AddJournalRowsAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && JournalNames.Describes(e.Metadata.ClrType))
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }

        // Parents are found by key among the tracked rows (new rows have temporary keys) before asking the database.
        var tracked = db.ChangeTracker.Entries()
            .Where(e => e.Metadata.FindPrimaryKey()?.Properties is [var key] && e.Property(key.Name).CurrentValue is int)
            .GroupBy(e => (e.Metadata.ClrType, (int)e.Property(e.Metadata.FindPrimaryKey()!.Properties[0].Name).CurrentValue!))
            .ToDictionary(g => g.Key, g => g.First());
        var now = clock.GetUtcNow();
        var (userId, userName) = user.Current;
        var rows = new List<JournalEntry>();
        foreach (var entry in changed)
        {
            var (projectId, newProject) = await ProjectOfAsync(db, tracked, entry, ct);
            var type = JournalNames.EntityKey(entry.Metadata.ClrType);
            var id = entry.State == EntityState.Added ? null : KeyOf(entry);
            JournalEntry Row(JournalAction action, string? field = null, string? old = null, string? @new = null) => new()
            {
                ProjectId = projectId,
                Project = newProject,
                At = now,
                UserId = userId,
                UserName = userName,
                Action = action,
                EntityType = type,
                EntityId = id,
                Field = field,
                OldValue = Clip(old),
                NewValue = Clip(@new),
            };

            switch (entry.State)
            {
                case EntityState.Added when entry.Entity is EvidenceFile file:
                    rows.Add(Row(JournalAction.FileUpload, nameof(EvidenceFile.FileName), null, file.FileName));
                    break;
                case EntityState.Added:
                    rows.Add(Row(JournalAction.Create, null, null, JournalNames.Describe(entry.Entity)));
                    break;
                case EntityState.Deleted:
                    rows.Add(Row(JournalAction.Delete, null, JournalNames.Describe(entry.Entity), null));
                    break;
                default:
                    foreach (var property in entry.Properties.Where(p => p.IsModified && !Ignored.Contains(p.Metadata.Name)))
                    {
                        var old = Format(property.OriginalValue);
                        var @new = Format(property.CurrentValue);
                        if (old == @new)
                        {
                            continue;
                        }

                        var action = property.Metadata.Name == "Status" ? JournalAction.StatusChange : JournalAction.Update;
                        rows.Add(Row(action, property.Metadata.Name, old, @new));
                    }

                    break;
            }
        }

        db.Journal.AddRange(rows);
    }

    /// <summary>
    /// The row's project: itself, its own ProjectId, else the project of the parent its foreign key points to.
    /// A project created in this same save is returned as the entity (its id is not known yet).
    /// </summary>
    private static async Task<(int? Id, Project? New)> ProjectOfAsync(
        AppDbContext db, Dictionary<(Type, int), EntityEntry> tracked, EntityEntry? entry, CancellationToken ct)
    {
        for (var depth = 0; depth < 6 && entry is not null; depth++)
        {
            if (entry.Entity is Project project)
            {
                return entry.State == EntityState.Added ? (null, project) : (project.Id, null);
            }

            var values = entry.State == EntityState.Deleted ? entry.OriginalValues : entry.CurrentValues;
            var parentKey = entry.Metadata.FindProperty("ProjectId") is { } own
                ? entry.Metadata.GetForeignKeys().FirstOrDefault(fk => fk.Properties.Contains(own))
                : entry.Metadata.GetForeignKeys().FirstOrDefault(fk =>
                    fk.Properties.Count == 1 && JournalNames.Describes(fk.PrincipalEntityType.ClrType) && values[fk.Properties[0]] is int);
            if (parentKey is null || values[parentKey.Properties[0]] is not int key)
            {
                return (null, null);
            }

            var type = parentKey.PrincipalEntityType.ClrType;
            entry = tracked.TryGetValue((type, key), out var parent) ? parent
                : key > 0 && await db.FindAsync(type, [key], ct) is { } found ? db.Entry(found)
                : null;
        }

        return (null, null);
    }

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties is [var key] ? Format(entry.Property(key.Name).CurrentValue) : null;

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly date => RussianDates.Numeric(date),
        DateTimeOffset time => RussianDates.Moment(time),
        decimal number => number.ToString(CultureInfo.GetCultureInfo("ru-RU")),
        Enum e => JournalNames.Value(e),
        System.Collections.IEnumerable list and not string => string.Join("; ", list.Cast<object>().Select(Format)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string? Clip(string? text) => text is { Length: > 4000 } ? text[..4000] + "…" : text;
}
