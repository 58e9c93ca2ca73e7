using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Reference;

/// <summary>The organisations people work for: a list to add to and rename (nothing is deleted: people and plans point at them).</summary>
[Route("reference/organisations")]
[Authorize(Policy = Permissions.ManageReferenceLists)]
public sealed class OrganisationsController(AppDbContext db) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public Task<IActionResult> Index(int page = 1, CancellationToken ct = default) => List(page, new OrganisationForm(), ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = nameof(OrganisationListModel.New))] OrganisationForm form, CancellationToken ct)
    {
        var organisation = new Organisation();
        if (!await TryApplyAsync(organisation, form, nameof(OrganisationListModel.New), ct))
        {
            return await List(1, form, ct);
        }

        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Организация «{organisation.Name}» добавлена.";
        return Redirect("/reference/organisations");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await db.Organisations.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new OrganisationForm { Name = o.Name, ShortName = o.ShortName })
            .SingleOrDefaultAsync(ct);
        return form is null ? NotFound() : View("Organisation", new OrganisationPage { Id = id, Form = form });
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = nameof(OrganisationPage.Form))] OrganisationForm form, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }

        if (!await TryApplyAsync(organisation, form, nameof(OrganisationPage.Form), ct))
        {
            return View("Organisation", new OrganisationPage { Id = id, Form = form });
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Организация «{organisation.Name}» сохранена.";
        return Redirect("/reference/organisations");
    }

    private async Task<bool> TryApplyAsync(Organisation organisation, OrganisationForm form, string prefix, CancellationToken ct)
    {
        var name = FormText.Clean(form.Name);
        var nameKey = $"{prefix}.{nameof(form.Name)}";
        // Names are unique; «Управление образования» and «управление образования» are the same organisation. A value
        // already refused has its message and is not looked up.
        if (name is not null && ModelState.GetFieldValidationState(nameKey) != ModelValidationState.Invalid && await db.Organisations.AnyAsync(o => o.Id != organisation.Id && EF.Functions.ILike(o.Name, LikePattern.Exactly(name), LikePattern.Escape), ct))
        {
            ModelState.AddModelError(nameKey, $"Организация «{name}» уже есть в справочнике.");
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        organisation.Name = name!;
        organisation.ShortName = FormText.Clean(form.ShortName);
        return true;
    }

    private async Task<IActionResult> List(int page, OrganisationForm form, CancellationToken ct)
    {
        var total = await db.Organisations.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new OrganisationRow { Id = o.Id, Name = o.Name, ShortName = o.ShortName, People = db.People.Count(p => p.OrganisationId == o.Id) })
            .ToListAsync(ct);
        return View("Organisations", new OrganisationListModel { Rows = rows, Page = page, PageCount = pageCount, New = form });
    }
}
