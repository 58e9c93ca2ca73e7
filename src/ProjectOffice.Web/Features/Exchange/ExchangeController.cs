using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Access;

namespace ProjectOffice.Web.Features.Exchange;

/// <summary>The same import as the API, for people: upload a projectoffice/1 file, see every problem or the new project.</summary>
[Route("projects/import")]
[Authorize(Policy = Permissions.ImportProjects)]
public sealed class ExchangeController(AppDbContext db) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new ImportModel());

    [HttpPost("")]
    [RequestSizeLimit(ExchangeApiController.MaxDocumentBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ExchangeApiController.MaxDocumentBytes + 64 * 1024)]
    public async Task<IActionResult> Index(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Выберите файл проекта в формате JSON.");
            return View(new ImportModel());
        }

        if (file.Length > ExchangeApiController.MaxDocumentBytes)
        {
            ModelState.AddModelError("file", "Файл больше 10 МБ.");
            return View(new ImportModel { FileName = file.FileName });
        }

        await using var stream = file.OpenReadStream();
        var outcome = await ProjectImport.ImportJsonAsync(db, stream, ct);
        if (outcome.Project is { } project)
        {
            TempData["Message"] = $"Проект «{project.Name}» импортирован.";
            return Redirect($"/projects/{project.Id}");
        }

        return View(new ImportModel { FileName = file.FileName, Problems = outcome.Problems });
    }
}
