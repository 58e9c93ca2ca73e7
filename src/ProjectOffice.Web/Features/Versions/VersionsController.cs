using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Access;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Versions;

/// <summary>The approved versions of a passport, each as frozen, and a side-by-side comparison of any two (or a version and the current draft).</summary>
[Route("projects/{id:int}/versions")]
public sealed class VersionsController(AppDbContext db, IEnumerable<IPrintedForm> forms) : Controller
{
    public const string Current = "current";
    private const int PageSize = 50;

    [HttpGet("")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Index(int id, int page = 1, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Name, p.Status, p.Layout }).SingleAsync(ct);

        page = Math.Max(1, page);
        var numbers = await db.ProjectVersions.Where(v => v.ProjectId == id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(ct);
        var rows = await db.ProjectVersions.AsNoTracking()
            .Where(v => v.ProjectId == id)
            .OrderByDescending(v => v.Number)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(v => new VersionRow
            {
                Number = v.Number,
                ApprovedOn = v.ApprovedOn,
                ApprovedBy = v.ApprovedByName,
                AgreedBy = v.AgreedByName,
                AgreedOn = v.AgreedOn,
                ChangeReason = v.ChangeReason,
            })
            .ToListAsync(ct);
        return View(new VersionListModel
        {
            ProjectId = id,
            ProjectName = project.Name,
            Status = project.Status,
            Rows = rows,
            Forms = forms.Where(f => f.AppliesTo(project.Layout)).Select(f => new PrintedFormLink(f.Name, f.Caption)).ToList(),
            Numbers = numbers,
            Page = page,
            PageCount = Math.Max(1, (numbers.Count + PageSize - 1) / PageSize),
        });
    }

    [HttpGet("compare")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Compare(int id, string? a, string? b, CancellationToken ct)
    {
        var name = await db.Projects.Where(p => p.Id == id).Select(p => p.Name).SingleAsync(ct);

        var numbers = await db.ProjectVersions.Where(v => v.ProjectId == id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(ct);
        a ??= numbers.Count > 1 ? numbers[^2].ToString(CultureInfo.InvariantCulture) : numbers.Count == 1 ? numbers[0].ToString(CultureInfo.InvariantCulture) : Current;
        b ??= numbers.Count > 1 ? numbers[^1].ToString(CultureInfo.InvariantCulture) : Current;
        var before = await DocumentAsync(id, a, ct);
        var after = await DocumentAsync(id, b, ct);
        if (before is null || after is null)
        {
            return NotFound();
        }

        return View(new CompareModel
        {
            ProjectId = id,
            ProjectName = name,
            A = a,
            B = b,
            TitleA = Title(a),
            TitleB = Title(b),
            Numbers = numbers,
            Changes = ProjectComparison.Compare(before, after),
        });
    }

    /// <summary>The frozen document of a version, as projectoffice/1 JSON.</summary>
    [HttpGet("{number:int}/json")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Json(int id, int number, CancellationToken ct)
    {
        var document = await ProjectVersions.GetSnapshotAsync(db, id, number, ct);
        return document is null
            ? NotFound()
            : File(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(document, ProjectDocument.JsonOptions)), "application/json",
                string.Create(CultureInfo.InvariantCulture, $"project-{id}-version-{number}.json"));
    }

    private async Task<ProjectDocument?> DocumentAsync(int id, string which, CancellationToken ct) =>
        which == Current ? await new ProjectExporter(db).ExportAsync(id, ct)
        : int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? await ProjectVersions.GetSnapshotAsync(db, id, number, ct)
        : null;

    private static string Title(string which) => which == Current ? "Текущее состояние" : $"Версия {which}";
}
