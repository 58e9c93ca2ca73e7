using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Forms.Plan;
using ProjectOffice.Web.Features.ControlEvents;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Features.Plan;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>
/// «Загрузить из Excel»: the plan XLSX the portal exports, edited by the leader, uploaded back. The upload shows a
/// preview of what would be added, changed and removed; only «Применить» changes the plan, in one SaveChanges
/// (journalled by the interceptor). Same permission as the plan editor.
/// </summary>
[Route("projects/{id:int}/plan/import")]
[ProjectAccess(Permissions.EditPlan)]
public sealed class PlanImportController(AppDbContext db, IDataProtectionProvider protection, TimeProvider clock) : Controller
{
    public const long MaxFileBytes = 5L * 1024 * 1024;
    private const long MaxRequestBytes = MaxFileBytes + (64 * 1024);
    private const string TooLarge = "Файл больше 5 МБ. План мероприятий в Excel намного меньше: загрузите файл, выгруженный порталом.";

    public const string ConflictMessage =
        "План или паспорт проекта изменили после того, как вы загрузили файл. Ничего не применено: " +
        "загрузите файл ещё раз и проверьте изменения заново.";

    public const string RefusedMessage =
        "Подтверждение не принято: данные загрузки повреждены, устарели (прошло больше двух часов) или относятся к другому проекту. " +
        "Ничего не применено: загрузите файл ещё раз.";

    [HttpGet("")]
    public async Task<IActionResult> Upload(int id, bool tooLarge, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        return View(new UploadPage { Project = project, Error = tooLarge ? TooLarge : null });
    }

    [HttpPost("")]
    [RequestSizeLimit(MaxRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
    [UploadLimit(MaxRequestBytes)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var fileName = Path.GetFileName(file?.FileName ?? "");
        if (FileError(file) is { } error)
        {
            return View(new UploadPage { Project = project, FileName = fileName, Error = error });
        }

        PlanSheet sheet;
        await using (var stream = file!.OpenReadStream())
        {
            sheet = PlanXlsxReader.Read(stream, project.Layout == Domain.Projects.ProjectLayout.National);
        }

        if (sheet.Problems.Count > 0)
        {
            return View(new UploadPage { Project = project, FileName = fileName, Problems = sheet.Problems });
        }

        var comparison = await PlanImportComparison.CompareAsync(db, project, sheet, ct);
        if (comparison.Problems.Count > 0)
        {
            return View(new UploadPage { Project = project, FileName = fileName, Problems = comparison.Problems });
        }

        return View("Preview", new PreviewPage
        {
            Project = project,
            FileName = fileName,
            Payload = new PlanImportTicket(id, project.Version, fileName, sheet).Seal(protection),
            Added = comparison.Added,
            Changed = comparison.Changed,
            Removed = comparison.Removed,
        });
    }

    /// <summary>«Применить»: the sealed upload, compared again with the plan as it is now, saved only if nobody changed the project since the preview.</summary>
    [HttpPost("apply")]
    public async Task<IActionResult> Apply(int id, string? payload, CancellationToken ct)
    {
        var project = (await ProjectHeader.LoadAsync(db, id, ct))!;

        var ticket = PlanImportTicket.Open(protection, payload);
        if (ticket is null || ticket.ProjectId != id)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Upload", new UploadPage { Project = project, Error = RefusedMessage });
        }

        if (ticket.Version != project.Version)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Upload", new UploadPage { Project = project, FileName = ticket.FileName, Error = ConflictMessage });
        }

        var comparison = await PlanImportComparison.CompareAsync(db, project, ticket.Sheet, ct);
        if (comparison.Problems.Count > 0)
        {
            return View("Upload", new UploadPage { Project = project, FileName = ticket.FileName, Problems = comparison.Problems });
        }

        comparison.Apply(db);
        db.ExpectProjectVersion(id, ticket.Version, clock.GetUtcNow());
        if (!await db.TrySavePlanAsync(ModelState, ct))
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("Upload", new UploadPage { Project = project, FileName = ticket.FileName, Error = ConflictMessage });
        }

        TempData["PlanMessage"] =
            $"План обновлён из файла «{ticket.FileName}»: добавлено пунктов — {comparison.Added.Count}, изменено — {comparison.Changed.Count}, " +
            $"удалено — {comparison.Removed.Count}. Номера пунктов пересчитаны.";
        return Redirect($"/projects/{id}/plan");
    }


    // Only an XLSX: the extension says so and the content starts as a ZIP package does; the reader checks the rest.
    private static string? FileError(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            return "Выберите файл плана мероприятий в формате Excel (.xlsx).";
        }

        if (file.Length > MaxFileBytes)
        {
            return TooLarge;
        }

        var extension = Path.GetExtension(file.FileName);
        if (!string.Equals(extension, ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return string.Equals(extension, ".xls", StringComparison.OrdinalIgnoreCase)
                ? "Файл в старом формате Excel (.xls): откройте его в Excel и сохраните как «Книга Excel (*.xlsx)»."
                : $"Нужен файл Excel (.xlsx) — план мероприятий, выгруженный порталом; «{Path.GetFileName(file.FileName)}» не такой файл.";
        }

        using var stream = file.OpenReadStream();
        Span<byte> head = stackalloc byte[4];
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual("PK\u0003\u0004"u8)
            ? null
            : PlanXlsxReader.Unreadable;
    }
}
