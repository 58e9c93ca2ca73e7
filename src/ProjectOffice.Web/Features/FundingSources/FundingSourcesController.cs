using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.FundingSources;

/// <summary>
/// «Источники финансирования»: the administrator's list that gives budgets their columns. Sources are archived rather
/// than deleted: an archived source is not offered for new amounts, while amounts already typed keep it.
/// </summary>
[Route("reference/funding-sources")]
[Authorize(Policy = Permissions.ManageReferenceLists)]
public sealed class FundingSourcesController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var sources = await db.FundingSources.AsNoTracking()
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Id)
            .Select(f => new FundingSourceInput { Id = f.Id, Name = f.Name, NameGenitive = f.NameGenitive, IsArchived = f.IsArchived })
            .ToListAsync(ct);
        return View(new FundingSourcesForm { Sources = sources });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(FundingSourcesForm form, string? command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var grid = GridCommand.Parse(command);
        if (!grid.IsSave)
        {
            // Only a row not saved yet can be removed; saved ones are archived.
            if (grid.Verb != "remove" || grid.Indices is [var index] && index < form.Sources.Count && form.Sources[index].Id == 0)
            {
                grid.ApplyTo(form.Sources, () => new FundingSourceInput());
            }

            ModelState.Clear();
            return View(form);
        }

        CheckUniqueNames(form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var stored = await db.FundingSources.ToListAsync(ct);
        var order = 0;
        foreach (var input in form.Sources)
        {
            var source = stored.FirstOrDefault(f => input.Id != 0 && f.Id == input.Id);
            if (source is null)
            {
                source = new FundingSource();
                db.FundingSources.Add(source);
            }

            source.Name = GridText.Clean(input.Name) ?? "";
            source.NameGenitive = GridText.Clean(input.NameGenitive);
            source.IsArchived = input.IsArchived;
            source.SortOrder = order++;
        }

        // Sources missing from the form (opened before another administrator added them) keep their place after the rest.
        foreach (var untouched in stored.Where(f => form.Sources.All(i => i.Id != f.Id)).OrderBy(f => f.SortOrder))
        {
            untouched.SortOrder = order++;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            ModelState.AddModelError("", "Источник с таким наименованием уже есть в справочнике.");
            return View(form);
        }

        TempData["Message"] = "Справочник источников финансирования сохранен.";
        return RedirectToAction(nameof(Index));
    }

    private void CheckUniqueNames(FundingSourcesForm form)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < form.Sources.Count; i++)
        {
            if (GridText.Clean(form.Sources[i].Name) is { } name && !seen.Add(name))
            {
                ModelState.AddModelError($"Sources[{i}].{nameof(FundingSourceInput.Name)}", "Такой источник уже есть в списке.");
            }
        }
    }
}
