using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// Letters go to portal accounts only, at the address of the account: the people of an imported paper passport carry
/// real outside addresses, and the portal must not start writing to them on its own.
/// </summary>
public static class MailRecipients
{
    public static async Task<Dictionary<string, Recipient>> LoadAsync(AppDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var ids = userIds.Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(ct);
        var settings = (await db.NotificationSettings.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToListAsync(ct))
            .ToLookup(s => s.UserId);
        return users.ToDictionary(
            u => u.Id,
            u => new Recipient(u.Id, u.FullName, u.Email, settings[u.Id].ToDictionary(s => s.Kind)));
    }
}
