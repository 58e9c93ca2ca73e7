using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using ProjectOffice.Data;
using ProjectOffice.Data.Journal;
using ProjectOffice.Data.Approval;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.ControlEvents;

/// <summary>What happens to a control event after it is planned: marking it done (with an evidence file), cancelling, returning it to the plan, and the evidence download.</summary>
public sealed class ControlEventMarksController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("control-events/{eventId:int}/done")]
    [ProjectAccess(Permissions.ViewProject)]
    [StageLock]
    public async Task<IActionResult> MarkDone(int eventId, bool tooLarge, ProjectAccess access, CancellationToken ct)
    {
        var row = (await ControlEventQueries.OneAsync(db, eventId, clock.Today(), ct))!;
        if (!await ControlEventAccess.CanMarkDoneAsync(db, access, User, row.Id, row.PlanItemId, ct))
        {
            return Forbid();
        }

        if (tooLarge)
        {
            ModelState.AddModelError("Form.Evidence", ControlEventsController.TooLargeMessage);
        }

        var form = new MarkDoneForm { Version = row.Version, DoneOn = RussianDate.Format(clock.Today()) };
        return View(new MarkDonePage { Project = (await ProjectHeader.LoadAsync(db, row.ProjectId, ct))!, Event = row, Form = form });
    }

    [HttpPost("control-events/{eventId:int}/done")]
    [ProjectAccess(Permissions.ViewProject)]
    [StageLock]
    [RequestSizeLimit(UploadLimitAttribute.MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimitAttribute.MaxRequestBytes)]
    [UploadLimit]
    public async Task<IActionResult> MarkDone(int eventId, [Bind(Prefix = "Form")] MarkDoneForm form, ProjectAccess access, CancellationToken ct)
    {
        var ev = await db.ControlEvents.SingleAsync(e => e.Id == eventId, ct);
        if (!await ControlEventAccess.CanMarkDoneAsync(db, access, User, ev.Id, ev.PlanItemId, ct))
        {
            return Forbid();
        }

        var today = clock.Today();
        var row = (await ControlEventQueries.OneAsync(db, eventId, today, ct))!;
        var page = new MarkDonePage { Project = (await ProjectHeader.LoadAsync(db, ev.ProjectId, ct))!, Event = row, Form = form };
        var evidence = await ReadEvidenceAsync(form.Evidence, ct);
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        var now = clock.GetUtcNow();
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        db.Entry(ev).Property(e => e.Version).OriginalValue = form.Version;
        if (ev.MarkDone(form.Date!.Value, form.Comment, userId, now, today) is { } error)
        {
            ModelState.AddModelError("Form.DoneOn", error);
            return View(page);
        }

        if (evidence is not null)
        {
            evidence.UploadedAt = now;
            evidence.UploadedByUserId = userId;
            ev.Evidence.Add(evidence);
        }

        if (!await TrySaveEventAsync(ct))
        {
            return View(page);
        }

        TempData["EventMessage"] = "Контрольное событие отмечено выполненным.";
        return Redirect($"/control-events/{ev.Id}");
    }

    [HttpGet("control-events/{eventId:int}/cancel")]
    [ProjectAccess(Permissions.EditPlan)]
    [StageLock]
    public async Task<IActionResult> Cancel(int eventId, CancellationToken ct)
    {
        var row = (await ControlEventQueries.OneAsync(db, eventId, clock.Today(), ct))!;
        return View(new CancelPage { Project = (await ProjectHeader.LoadAsync(db, row.ProjectId, ct))!, Event = row, Form = new CancelForm { Version = row.Version } });
    }

    [HttpPost("control-events/{eventId:int}/cancel")]
    [ProjectAccess(Permissions.EditPlan)]
    [StageLock]
    public async Task<IActionResult> Cancel(int eventId, [Bind(Prefix = "Form")] CancelForm form, CancellationToken ct)
    {
        var ev = await db.ControlEvents.SingleAsync(e => e.Id == eventId, ct);
        var row = (await ControlEventQueries.OneAsync(db, eventId, clock.Today(), ct))!;
        var page = new CancelPage { Project = (await ProjectHeader.LoadAsync(db, ev.ProjectId, ct))!, Event = row, Form = form };
        if (!ModelState.IsValid)
        {
            return View(page);
        }

        db.Entry(ev).Property(e => e.Version).OriginalValue = form.Version;
        if (ev.Cancel(form.Reason) is { } error)
        {
            ModelState.AddModelError("Form.Reason", error);
            return View(page);
        }

        if (!await TrySaveEventAsync(ct))
        {
            return View(page);
        }

        TempData["EventMessage"] = "Контрольное событие отменено.";
        return Redirect($"/control-events/{ev.Id}");
    }

    /// <summary>Un-marks a done event (those who may mark it) or restores a cancelled one (plan editors); journalled.</summary>
    [HttpPost("control-events/{eventId:int}/reopen")]
    [ProjectAccess(Permissions.ViewProject)]
    [StageLock]
    public async Task<IActionResult> Reopen(int eventId, uint version, ProjectAccess access, CancellationToken ct)
    {
        var ev = await db.ControlEvents.SingleAsync(e => e.Id == eventId, ct);
        var allowed = ev.Status == ControlEventStatus.Cancelled
            ? access.Can(Permissions.EditPlan)
            : await ControlEventAccess.CanMarkDoneAsync(db, access, User, ev.Id, ev.PlanItemId, ct);
        if (!allowed)
        {
            return Forbid();
        }

        db.Entry(ev).Property(e => e.Version).OriginalValue = version;
        if (ev.ReturnToPlan() is { } error)
        {
            TempData["EventError"] = error;
            return Redirect($"/control-events/{ev.Id}");
        }

        if (!await TrySaveEventAsync(ct))
        {
            TempData["EventError"] = ControlEventsController.ConflictMessage;
            return Redirect($"/control-events/{ev.Id}");
        }

        TempData["EventMessage"] = "Отметка снята: контрольное событие снова запланировано.";
        return Redirect($"/control-events/{ev.Id}");
    }

    /// <summary>
    /// Evidence is only ever a download: attachment with the uploaded name, a type that browsers do not render
    /// (never HTML), nosniff — a file cannot run as a page of the portal.
    /// </summary>
    [HttpGet("evidence/{fileId:int}")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Evidence(int fileId, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.AsNoTracking().Where(f => f.Id == fileId)
            .Select(f => new { f.FileName, f.ContentType, f.Content }).SingleAsync(ct);
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(file.Content, EvidenceFileTypes.SafeContentType(file.ContentType));
    }

    /// <summary>Checks the uploaded file; an error goes next to the field and null comes back.</summary>
    private async Task<EvidenceFile?> ReadEvidenceAsync(IFormFile? upload, CancellationToken ct)
    {
        if (upload is null || (upload.Length == 0 && string.IsNullOrEmpty(upload.FileName)))
        {
            return null;
        }

        var name = EvidenceFileTypes.CleanFileName(upload.FileName);
        if (upload.Length > EvidenceFileTypes.MaxBytes)
        {
            ModelState.AddModelError("Form.Evidence", ControlEventsController.TooLargeMessage);
            return null;
        }

        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var type = EvidenceFileTypes.Check(name, content.Length, content.AsSpan(0, Math.Min(content.Length, EvidenceFileTypes.HeadLength)), out var error);
        if (type is null)
        {
            ModelState.AddModelError("Form.Evidence", error!);
            return null;
        }

        return new EvidenceFile { FileName = name, ContentType = type, Size = content.Length, Content = content };
    }

    private Task<bool> TrySaveEventAsync(CancellationToken ct) => db.TrySaveAsync(ModelState, ControlEventsController.ConflictMessage, ct);
}
