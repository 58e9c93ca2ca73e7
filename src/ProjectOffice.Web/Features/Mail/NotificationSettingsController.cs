using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// «Уведомления»: the signed-in person's address and choices; and the unsubscribe link of a letter, which works without
/// signing in (the signed token names the person and the one kind it turns off).
/// </summary>
public sealed class NotificationSettingsController(AppDbContext db, UnsubscribeTokens tokens) : Controller
{
    [HttpGet("/account/notifications")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(ct);
        var settings = (await MailRecipients.LoadAsync(db, [userId], ct))[userId];
        return View("Settings", new NotificationSettingsForm
        {
            Email = email,
            Kinds = NotificationKinds.All.Select(k => new KindChoice { Code = k.Code, Enabled = settings.Wants(k.Code), Digest = settings.WantsDigest(k.Code) }).ToList(),
        });
    }

    [HttpPost("/account/notifications")]
    public async Task<IActionResult> Index(NotificationSettingsForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Settings", form);
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
        var email = string.IsNullOrWhiteSpace(form.Email) ? null : form.Email.Trim();
        if (email != user.Email)
        {
            user.Email = email;
            user.NormalizedEmail = email?.ToUpperInvariant();
            user.EmailConfirmed = false;
        }

        var stored = await db.NotificationSettings.Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Kind, ct);
        foreach (var kind in NotificationKinds.All)
        {
            var choice = form.Kinds.FirstOrDefault(k => k.Code == kind.Code);
            if (choice is null)
            {
                continue;
            }

            if (!stored.TryGetValue(kind.Code, out var setting))
            {
                db.NotificationSettings.Add(setting = new NotificationSetting { UserId = userId, Kind = kind.Code });
            }

            setting.Enabled = choice.Enabled;
            setting.Digest = !kind.DigestOnly && choice.Digest;
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Настройки уведомлений сохранены.";
        return Redirect("/account/notifications");
    }

    [AllowAnonymous]
    [HttpGet("/mail/unsubscribe")]
    public async Task<IActionResult> Unsubscribe(string? token, CancellationToken ct)
    {
        var (found, label) = await ReadAsync(token, ct);
        return View(new UnsubscribeModel { Token = token ?? "", Valid = found, KindLabel = label, Done = false });
    }

    /// <summary>
    /// The click of the page's button, and RFC 8058 one-click POSTs of mail clients (List-Unsubscribe-Post): neither carries
    /// an antiforgery token, and none is needed: the token itself is the proof, and it can only turn its own kind off.
    /// A plain GET of the link does not unsubscribe: mail scanners open links in letters.
    /// </summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    [HttpPost("/mail/unsubscribe")]
    public async Task<IActionResult> UnsubscribeConfirmed([FromQuery] string? token, [FromForm(Name = "token")] string? formToken, CancellationToken ct)
    {
        token = string.IsNullOrEmpty(formToken) ? token : formToken;
        if (tokens.Read(token) is not { } target || NotificationKinds.Find(target.Kind) is not { } kind
                                                 || !await db.Users.AnyAsync(u => u.Id == target.UserId, ct))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Unsubscribe", new UnsubscribeModel { Token = "", Valid = false, KindLabel = null, Done = false });
        }

        var setting = await db.NotificationSettings.SingleOrDefaultAsync(s => s.UserId == target.UserId && s.Kind == kind.Code, ct);
        if (setting is null)
        {
            db.NotificationSettings.Add(setting = new NotificationSetting { UserId = target.UserId, Kind = kind.Code });
        }

        setting.Enabled = false;
        await db.SaveChangesAsync(ct);
        return View("Unsubscribe", new UnsubscribeModel { Token = "", Valid = true, KindLabel = kind.Label, Done = true });
    }

    private async Task<(bool Found, string? Label)> ReadAsync(string? token, CancellationToken ct) =>
        tokens.Read(token) is { } target && NotificationKinds.Find(target.Kind) is { } kind && await db.Users.AnyAsync(u => u.Id == target.UserId, ct)
            ? (true, kind.Label)
            : (false, null);
}
