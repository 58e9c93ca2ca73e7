using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View(new HomeModel
    {
        FullName = User.FindFirstValue(PortalClaims.FullName) ?? User.Identity?.Name ?? "",
        RoleNames = User.FindAll(ClaimTypes.Role).Select(c => Roles.DisplayName(c.Value)).ToList(),
    });
}
