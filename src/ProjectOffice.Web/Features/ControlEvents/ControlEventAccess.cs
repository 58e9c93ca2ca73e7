using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>
/// Who may mark an event done or un-mark it: the project's leader and administrators, the office and the portal
/// administrator (MarkControlEventDone), and the event's own responsible person — or, for an event that takes
/// everything from a control point, the control point's.
/// </summary>
public static class ControlEventAccess
{
    public static async Task<bool> CanMarkDoneAsync(
        AppDbContext db, ProjectAccess access, ClaimsPrincipal user, int eventId, int? planItemId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.Can(Permissions.MarkControlEventDone))
        {
            return true;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return false;
        }

        return await db.Responsibles.AnyAsync(
            r => r.Person!.UserId == userId
                 && (r.ControlEventId == eventId
                     || (planItemId != null && r.PlanItemId == planItemId && !db.Responsibles.Any(own => own.ControlEventId == eventId))),
            ct);
    }
}
