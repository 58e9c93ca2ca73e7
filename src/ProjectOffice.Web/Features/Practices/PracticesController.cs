using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Journal;
using ProjectOffice.Domain.Practices;
using ProjectOffice.Forms.Practices;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The library of practices, a practice's page, its general data, publication and import.</summary>
[Route("practices")]
public sealed class PracticesController(AppDbContext db, IAuthorizationService auth, TimeProvider clock) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? territory, int? year, int page = 1, CancellationToken ct = default)
    {
        page = Math.Max(1, page);
        var allDrafts = (await auth.AuthorizeAsync(User, Permissions.EditPractice)).Succeeded;
        var editable = allDrafts ? [] : await auth.EditableProjectIdsAsync(User, db, ct) ?? [];
        var visible = PracticeQueries.Visible(db, allDrafts, User.FindFirstValue(ClaimTypes.NameIdentifier), editable);
        var (cards, total) = await PracticeQueries.SearchAsync(db, visible, q?.Trim(), territory, year, page, PageSize, ct);
        var (territories, years) = await PracticeQueries.FilterOptionsAsync(visible, ct);
        return View(new PracticeLibraryModel
        {
            Query = q,
            Territory = territory,
            Year = year,
            Cards = cards,
            Total = total,
            Page = page,
            PageCount = Math.Max(1, (total + PageSize - 1) / PageSize),
            Territories = territories,
            Years = years,
            CanCreate = (await auth.AuthorizeAsync(User, Permissions.CreatePractice)).Succeeded,
            CanImport = (await auth.AuthorizeAsync(User, Permissions.PublishPractice)).Succeeded,
        });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        if (await PracticeAccess.LoadFactsAsync(db, id, ct) is not { } facts || !await auth.CanReadPracticeAsync(User, facts))
        {
            return NotFound();
        }

        var data = await PracticeFormQuery.LoadAsync(db, id, ct);
        var canEdit = await auth.CanEditPracticeAsync(User, facts);
        return View(new PracticeDetailsModel
        {
            Data = data!,
            CanEdit = canEdit,
            SectionLinks = canEdit ? PracticeEditLinks.For(id) : null,
            CanPublish = (await auth.AuthorizeAsync(User, Permissions.PublishPractice)).Succeeded,
            MissingForPublication = data!.Practice.MissingForPublication(),
        });
    }

    [HttpGet("new")]
    [Authorize(Policy = Permissions.CreatePractice)]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var form = new PracticeGeneralForm();
        await FillProjectOptionsAsync(form, ct);
        return View("Edit", form);
    }

    [HttpPost("new")]
    [Authorize(Policy = Permissions.CreatePractice)]
    public async Task<IActionResult> Create(PracticeGeneralForm form, CancellationToken ct)
    {
        form.PracticeId = 0;
        if (form.ProjectId is { } projectId && !await auth.CanLinkProjectAsync(User, projectId))
        {
            ModelState.AddModelError(nameof(form.ProjectId), "Выберите проект из списка: связать практику можно только с проектом, который вы редактируете.");
        }

        if (!ModelState.IsValid)
        {
            await FillProjectOptionsAsync(form, ct);
            return View("Edit", form);
        }

        var now = clock.GetUtcNow();
        var practice = new Practice { AuthorUserId = User.FindFirstValue(ClaimTypes.NameIdentifier), CreatedAt = now, UpdatedAt = now };
        form.ApplyTo(practice);
        db.Practices.Add(practice);
        // The journal names the practice by its id, which the database gives on the first save: one transaction, two saves.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.Record(User, practice, JournalAction.Create, now, newValue: practice.Name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Message"] = "Практика создана. Заполните остальные разделы паспорта.";
        return Redirect($"/practices/{practice.Id}");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Id == id, ct);
        var form = PracticeGeneralForm.From(practice);
        await FillProjectOptionsAsync(form, ct);
        return View(form);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, PracticeGeneralForm form, CancellationToken ct)
    {
        if (await auth.RefuseEditAsync(User, db, id, ct) is { } refusal)
        {
            return refusal;
        }

        form.PracticeId = id;
        var practice = await db.Practices.SingleAsync(p => p.Id == id, ct);
        // Keeping the link one already has is always allowed (the office may have made it); a new link needs edit rights there.
        if (form.ProjectId is { } projectId && projectId != practice.ProjectId && !await auth.CanLinkProjectAsync(User, projectId))
        {
            ModelState.AddModelError(nameof(form.ProjectId), "Выберите проект из списка: связать практику можно только с проектом, который вы редактируете.");
        }

        if (!ModelState.IsValid)
        {
            await FillProjectOptionsAsync(form, ct);
            return View(form);
        }

        var before = PracticeGeneralForm.From(practice);
        var now = clock.GetUtcNow();
        db.ExpectVersion(practice, form.Version, now);
        form.ApplyTo(practice);
        var after = PracticeGeneralForm.From(practice);
        await JournalGeneralChangesAsync(practice, before, after, now, ct);
        if (!await db.TrySavePracticeAsync(ModelState, ct))
        {
            await FillProjectOptionsAsync(form, ct);
            return View(form);
        }

        return Redirect($"/practices/{id}");
    }

    [HttpPost("{id:int}/publish")]
    [Authorize(Policy = Permissions.PublishPractice)]
    public async Task<IActionResult> Publish(int id, uint version, CancellationToken ct)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var before = practice.Status;
        if (practice.Publish(now) is { } error)
        {
            TempData["Error"] = error;
            return Redirect($"/practices/{id}");
        }

        db.ExpectVersion(practice, version, now);
        db.Record(User, practice, JournalAction.StatusChange, now, "Статус", StatusName(before), StatusName(practice.Status));
        if (await db.TrySavePracticeAsync(ModelState, ct))
        {
            TempData["Message"] = "Практика опубликована в библиотеке.";
        }
        else
        {
            TempData["Error"] = PracticeConcurrency.ConflictMessage;
        }
        return Redirect($"/practices/{id}");
    }

    [HttpPost("{id:int}/unpublish")]
    [Authorize(Policy = Permissions.PublishPractice)]
    public async Task<IActionResult> ReturnToDraft(int id, uint version, CancellationToken ct)
    {
        var practice = await db.Practices.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var before = practice.Status;
        if (practice.ReturnToDraft() is { } error)
        {
            TempData["Error"] = error;
            return Redirect($"/practices/{id}");
        }

        db.ExpectVersion(practice, version, now);
        db.Record(User, practice, JournalAction.StatusChange, now, "Статус", StatusName(before), StatusName(practice.Status));
        if (await db.TrySavePracticeAsync(ModelState, ct))
        {
            TempData["Message"] = "Практика возвращена в черновики и не видна в библиотеке.";
        }
        else
        {
            TempData["Error"] = PracticeConcurrency.ConflictMessage;
        }
        return Redirect($"/practices/{id}");
    }

    [HttpGet("import")]
    [Authorize(Policy = Permissions.PublishPractice)]
    public IActionResult Import() => View(new PracticeImportModel());

    [HttpPost("import")]
    [Authorize(Policy = Permissions.PublishPractice)]
    [RequestSizeLimit(10_000_000)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return View(new PracticeImportModel { Problems = [new ImportProblem("$", "Выберите файл JSON с паспортом практики.")] });
        }

        await using var json = file.OpenReadStream();
        var outcome = await PracticeImports.ImportAndSaveAsync(db, User, json, clock.GetUtcNow(), ct);
        if (outcome.Practice is not { } practice)
        {
            return View(new PracticeImportModel { Problems = outcome.Problems });
        }

        TempData["Message"] = string.Join(" ", ["Практика импортирована.", .. outcome.Notes]);
        return Redirect($"/practices/{practice.Id}");
    }

    public static string StatusName(PracticeStatus status) => status == PracticeStatus.Published ? "опубликована" : "черновик";

    private async Task FillProjectOptionsAsync(PracticeGeneralForm form, CancellationToken ct)
    {
        var editable = await auth.EditableProjectIdsAsync(User, db, ct);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => editable == null || editable.Contains(p.Id) || p.Id == form.ProjectId)
            .OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        form.ProjectOptions =
        [
            new SelectListItem("— без связи с проектом —", ""),
            .. projects.Select(p => new SelectListItem(p.Name, p.Id.ToString(CultureInfo.InvariantCulture), p.Id == form.ProjectId)),
        ];
    }

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private async Task JournalGeneralChangesAsync(Practice practice, PracticeGeneralForm before, PracticeGeneralForm after, DateTimeOffset now, CancellationToken ct)
    {
        async Task<string?> ProjectName(int? projectId) =>
            projectId is { } pid ? await db.Projects.Where(p => p.Id == pid).Select(p => p.Name).SingleOrDefaultAsync(ct) : null;

        if (before.ProjectId != after.ProjectId)
        {
            db.RecordChange(User, practice, now, "Проект", await ProjectName(before.ProjectId), await ProjectName(after.ProjectId));
        }

        db.RecordChange(User, practice, now, "Номер приложения", Invariant(before.AnnexNumber), Invariant(after.AnnexNumber));
        db.RecordChange(User, practice, now, PracticeSections.Heading(1), before.Name, after.Name);
        db.RecordChange(User, practice, now, PracticeSections.Heading(2), before.Territory, after.Territory);
        db.RecordChange(User, practice, now, PracticeSections.Heading(3), before.DonorPractice, after.DonorPractice);
        db.RecordChange(User, practice, now, PracticeSections.Heading(5), before.PeriodText, after.PeriodText);
        db.RecordChange(User, practice, now, "Годы реализации", Invariant(before.StartYear) + "–" + Invariant(before.EndYear), Invariant(after.StartYear) + "–" + Invariant(after.EndYear));
        db.RecordChange(User, practice, now, "Подпись: должность", before.SignaturePosition, after.SignaturePosition);
        db.RecordChange(User, practice, now, "Подпись: организация", before.SignatureOrganisation, after.SignatureOrganisation);
        db.RecordChange(User, practice, now, "Подпись: инициалы и фамилия", before.SignatureName, after.SignatureName);
    }
}
