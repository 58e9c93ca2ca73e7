using System.Security.Claims;
using ProjectOffice.Data;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Plan;

/// <summary>Journal rows for plan and control-event changes; added to the context so they commit with the change.</summary>
public static class PlanJournal
{
    public const string PlanItem = "Пункт плана";
    public const string ControlEvent = "Контрольное событие";

    public static JournalEntry Add(
        AppDbContext db, ClaimsPrincipal user, DateTimeOffset now, int projectId, JournalAction action, string entityType,
        string? entityId, string? field = null, string? oldValue = null, string? newValue = null)
    {
        var entry = new JournalEntry
        {
            ProjectId = projectId,
            At = now,
            UserId = user.FindFirstValue(ClaimTypes.NameIdentifier),
            UserName = Cut(user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? "", 300),
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Field = field,
            OldValue = oldValue,
            NewValue = newValue,
        };
        db.Journal.Add(entry);
        return entry;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}
