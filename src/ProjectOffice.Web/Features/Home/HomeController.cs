using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Features.Dashboard;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Home;

public sealed class HomeController(AppDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The start page is the person's dashboard: their overdue and due-soon control events.</summary>
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new HomeModel
    {
        FullName = User.FindFirstValue(PortalClaims.FullName) ?? User.Identity?.Name ?? "",
        RoleNames = User.FindAll(ClaimTypes.Role).Select(c => Roles.DisplayName(c.Value)).ToList(),
        Events = await DashboardController.MyEventsAsync(db, clock, User, DashboardFilter.Attention, 1, ct),
    });
}
