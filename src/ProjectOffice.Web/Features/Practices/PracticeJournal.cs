using System.Globalization;
using System.Security.Claims;
using ProjectOffice.Data;
using ProjectOffice.Data.Journal;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>Journal rows for practices: who, when, which section, the old and the new text. Added to the context, saved with the change.</summary>
public static class PracticeJournal
{
    public const string EntityType = JournalNames.Practice;

    public static void Record(this AppDbContext db, ClaimsPrincipal user, Practice practice, JournalAction action, DateTimeOffset now,
        string? field = null, string? oldValue = null, string? newValue = null) =>
        db.Journal.Add(new JournalEntry
        {
            ProjectId = practice.ProjectId,
            At = now,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? "",
            Action = action,
            EntityType = EntityType,
            EntityId = practice.Id.ToString(CultureInfo.InvariantCulture),
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
        });

    /// <summary>One row per changed value; nothing when the value is the same.</summary>
    public static void RecordChange(this AppDbContext db, ClaimsPrincipal user, Practice practice, DateTimeOffset now,
        string field, string? oldValue, string? newValue)
    {
        if (!string.Equals(oldValue ?? "", newValue ?? "", StringComparison.Ordinal))
        {
            db.Record(user, practice, JournalAction.Update, now, field, oldValue, newValue);
        }
    }
}
