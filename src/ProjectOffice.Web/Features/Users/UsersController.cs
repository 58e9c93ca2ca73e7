using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.DemoData;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Features.Account;

namespace ProjectOffice.Web.Features.Users;

[Route("users")]
[Authorize(Policy = Permissions.ManageUsers)]
public sealed class UsersController(AppDbContext db, AccountSeeder accounts, UserManager<AppUser> users, SignInThrottle throttle, TimeProvider clock)
    : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var total = await db.Users.CountAsync(ct);
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.FullName).ThenBy(u => u.UserName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new UserRow
            {
                UserName = u.UserName ?? "",
                FullName = u.FullName,
                Email = u.Email,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name ?? "").ToList(),
                LockedUntil = u.LockoutEnd,
            })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            row.Locked = row.LockedUntil > now || throttle.IsNameLimited(row.UserName);
        }

        return View(new UserListModel { Rows = rows, Page = page, PageCount = Math.Max(1, (total + PageSize - 1) / PageSize) });
    }

    [HttpGet("new")]
    public IActionResult Create() => View(new CreateUserModel());

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateUserModel form)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        try
        {
            await accounts.CreateUserAsync(form.UserName.Trim(), form.FullName.Trim(), form.Role, form.Password, form.Email?.Trim());
        }
        catch (InvalidOperationException ex)
        {
            ModelState.AddModelError(nameof(form.UserName), ex.Message.Split(": ", 2)[^1]);
            return View(form);
        }

        TempData["Message"] = $"Пользователь {form.UserName} создан.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Lets the account sign in again: clears a lockout on the account and the failed-attempt limit of every address.</summary>
    [HttpPost("unlock")]
    public async Task<IActionResult> Unlock(string userName)
    {
        var user = await users.FindByNameAsync(userName ?? "");
        if (user is null)
        {
            return NotFound();
        }

        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }

        throttle.Reset(user.UserName ?? userName!);
        TempData["Message"] = result.Succeeded
            ? $"Вход для {user.UserName} разблокирован."
            : "Учётную запись изменили одновременно с вами: обновите страницу и повторите.";
        return RedirectToAction(nameof(Index));
    }
}
