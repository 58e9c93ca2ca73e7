using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Access;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Exchange;

/// <summary>Whole projects in and out as projectoffice/1 JSON (docs/project-format.md).</summary>
[ApiController]
[Route("api/projects")]
public sealed class ExchangeApiController(AppDbContext db) : ControllerBase
{
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    [HttpGet("{id:int}/export")]
    [ProjectAccess(Permissions.ViewProject)]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        var document = (await new ProjectExporter(db).ExportAsync(id, ct))!;

        var bytes = JsonSerializer.SerializeToUtf8Bytes(document, ProjectDocument.JsonOptions);
        return File(bytes, "application/json", $"Проект {document.Project.Name}.json");
    }

    /// <summary>
    /// JSON body only: a cross-site form cannot send application/json without a CORS preflight, which is why this
    /// cookie-authenticated endpoint may skip the antiforgery token.
    /// </summary>
    [HttpPost("import")]
    [IgnoreAntiforgeryToken]
    [Authorize(Policy = Permissions.ImportProjects)]
    [RequestSizeLimit(MaxDocumentBytes)]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        if (Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return StatusCode(StatusCodes.Status415UnsupportedMediaType, Problems(new ImportProblem("$", "Ожидается тело запроса с Content-Type: application/json.")));
        }

        if (Request.ContentLength > MaxDocumentBytes)
        {
            return TooLarge();
        }

        ImportOutcome outcome;
        try
        {
            outcome = await ProjectImport.ImportJsonAsync(db, Request.Body, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (outcome.Project is not { } project)
        {
            return BadRequest(Problems([.. outcome.Problems]));
        }

        return Created($"/projects/{project.Id}", new { id = project.Id, name = project.Name, location = $"/projects/{project.Id}" });
    }

    private ObjectResult TooLarge() =>
        StatusCode(StatusCodes.Status413PayloadTooLarge, Problems(new ImportProblem("$", "Документ больше 10 МБ.")));

    private static object Problems(params ImportProblem[] problems) => new
    {
        title = "Проект не импортирован: исправьте ошибки и повторите.",
        problems = problems.Select(p => new { path = p.Path, message = p.Message }),
    };
}
