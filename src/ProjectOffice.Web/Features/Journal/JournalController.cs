using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Journal;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Journal;

/// <summary>The project's «Журнал» tab: every recorded change, newest first, filtered and paged. Read-only by design.</summary>
[Route("projects/{id:int}/journal")]
public sealed class JournalController(AppDbContext db, TimeProvider clock) : Controller
{
    public const int PageSize = 50;

    [HttpGet("")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Index(int id, JournalFilter filter, CancellationToken ct)
    {
        var name = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync(ct);

        var rows = db.Journal.AsNoTracking().Where(j => j.ProjectId == id);
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            rows = rows.Where(j => j.UserName == filter.User);
        }

        if (filter.Kind is { } kind && ModelState.GetFieldValidationState(nameof(filter.Kind)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            rows = rows.Where(j => j.Action == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            var entity = JournalNames.EntityKeyOf(filter.Entity);
            rows = rows.Where(j => j.EntityType == entity);
        }

        // Days are the portal's local days; the journal keeps UTC.
        if (filter.FromDate is { } from && (filter.ToDate is null || from <= filter.ToDate))
        {
            var start = StartOfDay(from);
            rows = rows.Where(j => j.At >= start);
        }

        if (filter.ToDate is { } to && (filter.FromDate is null || filter.FromDate <= to))
        {
            var end = StartOfDay(to.AddDays(1));
            rows = rows.Where(j => j.At < end);
        }

        var total = await rows.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var list = await rows
            .OrderByDescending(j => j.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        return View(new JournalPageModel
        {
            ProjectId = id,
            ProjectName = name,
            Filter = filter,
            Rows = await JournalText.ReadAsync(db, list, ct),
            Total = total,
            Page = page,
            PageCount = pageCount,
            Users = await db.Journal.Where(j => j.ProjectId == id).Select(j => j.UserName).Distinct().OrderBy(u => u).ToListAsync(ct),
            Entities = (await db.Journal.Where(j => j.ProjectId == id).Select(j => j.EntityType).Distinct().ToListAsync(ct))
                .Select(key => KeyValuePair.Create(key, JournalNames.Entity(key))).OrderBy(e => e.Value, StringComparer.Ordinal).ToList(),
        });
    }

    private DateTimeOffset StartOfDay(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
