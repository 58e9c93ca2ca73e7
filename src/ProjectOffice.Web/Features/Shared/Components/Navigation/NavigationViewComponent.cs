using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Features.Notifications;
using ProjectOffice.Web.Infrastructure;
using ProjectOffice.Web.Infrastructure.PageCache;

namespace ProjectOffice.Web.Features.Navigation;

/// <summary>The main menu: an item shows only when the user holds its permission.</summary>
public sealed class NavigationViewComponent(IAuthorizationService auth, AppDbContext db) : ViewComponent
{
    private static readonly NavigationItem[] Items =
    [
        new("Главная", "/", null),
        new("Проекты", "/projects", Permissions.ViewProjects),
        new("Мои события", "/dashboard", null),
        new("Мониторинг", "/monitoring", Permissions.MonitorAllProjects),
        new("Совмещение ролей", "/monitoring/conflicts", Permissions.AssignCurator),
        new("Портфель", "/portfolio", Permissions.ViewPortfolio),
        new("Библиотека практик", "/practices", null),
        new("Пользователи", "/users", Permissions.ManageUsers),
        new("Справочники", "/reference/funding-sources", Permissions.ManageReferenceLists),
        new("Почта", "/admin/mail", Permissions.ManageMail),
        new("Уведомления", "/account/notifications", null),
    ];

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var user = (ClaimsPrincipal)User;
        var visible = new List<NavigationItem>();
        foreach (var item in Items)
        {
            if (item.Permission is not { } permission || (await auth.AuthorizeAsync(user, permission)).Succeeded)
            {
                visible.Add(item);
            }
        }

        var waiting = await WaitingCountAsync(user);
        visible.Add(new NavigationItem(waiting is { } count ? $"Входящие ({count})" : "Входящие", "/inbox", null));

        var path = HttpContext.Request.Path.Value ?? "/";
        return View(new NavigationModel
        {
            Items = visible,
            CurrentPath = path,
            FullName = user.FindFirstValue(PortalClaims.FullName) ?? user.Identity?.Name ?? "",
            RoleNames = user.FindAll(ClaimTypes.Role).Select(c => Roles.DisplayName(c.Value)).ToList(),
        });
    }

    /// <summary>The error page shows the menu too: a database that does not answer must not break it.</summary>
    private async Task<int?> WaitingCountAsync(ClaimsPrincipal user)
    {
        // A cached project page counted it already for its ETag.
        if (HttpContext.Items[ProjectPageCacheFilter.InboxCountItem] is int counted)
        {
            return counted;
        }

        try
        {
            return await InboxQueries.CountAsync(db, user, HttpContext.RequestAborted);
        }
        catch (System.Data.Common.DbException)
        {
            return null;
        }
    }
}
