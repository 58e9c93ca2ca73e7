using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Features.Notifications;

/// <summary>«Входящие»: what waits for the signed-in person.</summary>
public sealed class NotificationsController(AppDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("/inbox")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        var items = await InboxQueries.ListAsync(db, User, ct);
        var pageCount = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        return View(new InboxModel
        {
            Items = items.Skip((page - 1) * PageSize).Take(PageSize).ToList(),
            Total = items.Count,
            Page = page,
            PageCount = pageCount,
        });
    }
}
