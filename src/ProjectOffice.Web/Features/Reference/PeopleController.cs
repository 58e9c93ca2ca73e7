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

/// <summary>The people reference list: everyone the passports mention, with the account a person signs in with.</summary>
[Route("reference/people")]
[Authorize(Policy = Permissions.ManageReferenceLists)]
public sealed class PeopleController(AppDbContext db) : Controller
{
    private const int PageSize = 50;
    private const string Prefix = nameof(PersonPage.Form);

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken ct = default)
    {
        var query = q?.Trim() ?? "";
        var people = db.People.AsNoTracking();
        if (query.Length > 0)
        {
            people = people.Where(p => EF.Functions.ILike(p.FullName, LikePattern.Contains(query), LikePattern.Escape));
        }

        var total = await people.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await people.OrderBy(p => p.FullName).ThenBy(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(p => new PersonRow
            {
                Id = p.Id,
                FullName = p.FullName,
                Position = p.Position,
                Organisation = p.Organisation == null ? null : p.Organisation.ShortName ?? p.Organisation.Name,
                Email = p.Email,
                Phone = p.Phone,
                UserName = db.Users.Where(u => u.Id == p.UserId).Select(u => u.UserName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return View("People", new PeopleListModel { Rows = rows, Query = query, Page = page, PageCount = pageCount, Total = total });
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) => await Page(null, new PersonForm(), ct);

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = Prefix)] PersonForm form, CancellationToken ct)
    {
        var person = new Person();
        if (!await TryApplyAsync(person, form, ct))
        {
            return await Page(null, form, ct);
        }

        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"{person.FullName} добавлен(а) в справочник.";
        return Redirect("/reference/people?q=" + Uri.EscapeDataString(person.FullName));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var form = await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PersonForm
            {
                FullName = p.FullName,
                Position = p.Position,
                OrganisationId = p.OrganisationId,
                Email = p.Email,
                Phone = p.Phone,
                UserName = db.Users.Where(u => u.Id == p.UserId).Select(u => u.UserName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        return form is null ? NotFound() : await Page(id, form, ct);
    }

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = Prefix)] PersonForm form, CancellationToken ct)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return NotFound();
        }

        if (!await TryApplyAsync(person, form, ct))
        {
            return await Page(id, form, ct);
        }

        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"Сведения о человеке «{person.FullName}» сохранены.";
        return Redirect("/reference/people?q=" + Uri.EscapeDataString(person.FullName));
    }

    /// <summary>Checks what only the database knows (the organisation, the account and who else has it) and copies the form.</summary>
    private async Task<bool> TryApplyAsync(Person person, PersonForm form, CancellationToken ct)
    {
        if (form.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            ModelState.AddModelError($"{Prefix}.{nameof(form.OrganisationId)}", "Такой организации нет в справочнике.");
        }

        string? userId = null;
        // A value already refused has its message and is not looked up.
        var userNameKey = $"{Prefix}.{nameof(form.UserName)}";
        if (ModelState.GetFieldValidationState(userNameKey) != ModelValidationState.Invalid && FormText.Clean(form.UserName) is { } userName)
        {
            var normalized = userName.ToUpperInvariant();
            userId = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleOrDefaultAsync(ct);
            var holder = userId is null
                ? null
                : await db.People.Where(p => p.UserId == userId && p.Id != person.Id).Select(p => p.FullName).FirstOrDefaultAsync(ct);
            if (userId is null)
            {
                ModelState.AddModelError(userNameKey, $"Нет учётной записи с логином «{userName}».");
            }
            else if (holder is not null)
            {
                ModelState.AddModelError(userNameKey, $"Учётная запись «{userName}» уже связана с человеком «{holder}».");
            }
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        person.FullName = FormText.Required(form.FullName);
        person.Position = FormText.Clean(form.Position);
        person.OrganisationId = form.OrganisationId;
        person.Email = FormText.Clean(form.Email);
        person.Phone = FormText.Clean(form.Phone);
        person.UserId = userId;
        return true;
    }

    private async Task<IActionResult> Page(int? id, PersonForm form, CancellationToken ct) => View("Person", new PersonPage
    {
        Id = id,
        Form = form,
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new OrganisationOption(o.Id, o.Name)).ToListAsync(ct),
    });
}
