using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Notifications;

namespace ProjectOffice.Web.Features.Mail;

/// <summary>
/// The outbox for the administrator: what is queued, sent and failed with the server's answer, each letter as it will
/// be read (also the development viewer: without an SMTP server the letters stay here), resend; and, for the office too,
/// the people who get no e-mail and everyone's settings.
/// </summary>
[Route("admin/mail")]
public sealed class MailAdminController(AppDbContext db, TimeProvider clock, MailSignal signal, Microsoft.Extensions.Options.IOptions<MailOptions> options) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    [Authorize(Policy = Permissions.ManageMail)]
    public async Task<IActionResult> Index(MailStatus? status, int page = 1, CancellationToken ct = default)
    {
        var letters = db.MailLetters.AsNoTracking().Where(m => status == null || m.Status == status);
        var total = await letters.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await letters.OrderByDescending(m => m.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(m => new MailRow(m.Id, m.CreatedAt, m.ToName, m.ToAddress, m.Kind, m.Subject, m.Status, m.Attempts, m.SentAt, m.LastError))
            .ToListAsync(ct);
        var counts = await db.MailLetters.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return View(new MailListModel
        {
            Rows = rows,
            Status = status,
            Counts = counts,
            Page = page,
            PageCount = pageCount,
            SmtpConfigured = options.Value.Configured,
        });
    }

    [HttpGet("{id:long}")]
    [Authorize(Policy = Permissions.ManageMail)]
    public async Task<IActionResult> Letter(long id, CancellationToken ct)
    {
        var letter = await db.MailLetters.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
        return letter is null ? NotFound() : View(letter);
    }

    /// <summary>The letter's HTML as the mail client shows it, framed by the letter page in a sandbox (no scripts, no forms).</summary>
    [HttpGet("{id:long}/html")]
    [Authorize(Policy = Permissions.ManageMail)]
    public async Task<IActionResult> Html(long id, CancellationToken ct)
    {
        var html = await db.MailLetters.Where(m => m.Id == id).Select(m => m.HtmlBody).SingleOrDefaultAsync(ct);
        if (html is null)
        {
            return NotFound();
        }

        Response.Headers.ContentSecurityPolicy = "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
        return Content(html, "text/html; charset=utf-8");
    }

    [HttpPost("{id:long}/resend")]
    [Authorize(Policy = Permissions.ManageMail)]
    public async Task<IActionResult> Resend(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = await db.MailLetters.Where(m => m.Id == id && (m.Status == MailStatus.Failed || m.Status == MailStatus.Sent))
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, MailStatus.Queued)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now)
                .SetProperty(m => m.LockedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, (string?)null), ct);
        if (changed == 0)
        {
            return await db.MailLetters.AnyAsync(m => m.Id == id, ct) ? RedirectToAction(nameof(Letter), new { id }) : NotFound();
        }

        signal.Wake();
        TempData["Message"] = "Письмо поставлено в очередь на повторную отправку.";
        return RedirectToAction(nameof(Letter), new { id });
    }

    [HttpGet("people")]
    [Authorize(Policy = Permissions.ViewMailRecipients)]
    public async Task<IActionResult> People(int page = 1, CancellationToken ct = default)
    {
        var total = await db.Users.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email != null && u.Email != "").ThenBy(u => u.FullName).ThenBy(u => u.UserName)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.FullName, u.UserName, u.Email })
            .ToListAsync(ct);
        var ids = users.Select(u => u.Id).ToList();
        var settings = (await db.NotificationSettings.AsNoTracking().Where(s => ids.Contains(s.UserId)).ToListAsync(ct)).ToLookup(s => s.UserId);
        return View(new MailPeopleModel
        {
            WithoutEmail = await db.Users.CountAsync(u => u.Email == null || u.Email == "", ct),
            Rows = users.Select(u => new MailPersonRow(u.FullName, u.UserName ?? "", u.Email,
                new Recipient(u.Id, u.FullName, u.Email, settings[u.Id].ToDictionary(s => s.Kind)))).ToList(),
            Page = page,
            PageCount = pageCount,
        });
    }
}
