using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Access;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>A practice as projectoffice-practice/1 JSON (docs/practice-format.md): export for its readers, import for the office.</summary>
[ApiController]
[Route("api/practices")]
public sealed class PracticeExchangeController(AppDbContext db, IAuthorizationService auth, TimeProvider clock) : ControllerBase
{
    public const long MaxDocumentBytes = 10 * 1024 * 1024;

    [HttpGet("{id:int}/export")]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        if (await PracticeAccess.LoadFactsAsync(db, id, ct) is not { } facts || !await auth.CanReadPracticeAsync(User, facts))
        {
            return NotFound();
        }

        var document = (await new PracticeExporter(db).ExportAsync(id, ct))!;
        return File(Encoding.UTF8.GetBytes(PracticeExporter.Serialize(document)), "application/json",
            $"Практика {document.Practice.Name.TrimEnd('.')}.json");
    }

    /// <summary>
    /// JSON body only: a cross-site form cannot send application/json without a CORS preflight, which is why this
    /// cookie-authenticated endpoint may skip the antiforgery token. 400 lists every problem with its JSON path.
    /// </summary>
    [HttpPost("import")]
    [IgnoreAntiforgeryToken]
    [Authorize(Policy = Permissions.PublishPractice)]
    [RequestSizeLimit(MaxDocumentBytes)]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        if (Request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return StatusCode(StatusCodes.Status415UnsupportedMediaType,
                Problems(new ImportProblem("$", "Ожидается тело запроса с Content-Type: application/json.")));
        }

        if (Request.ContentLength > MaxDocumentBytes)
        {
            return TooLarge();
        }

        PracticeImportOutcome outcome;
        try
        {
            outcome = await PracticeImports.ImportAndSaveAsync(db, User, Request.Body, clock.GetUtcNow(), ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (outcome.Practice is not { } practice)
        {
            return BadRequest(Problems([.. outcome.Problems]));
        }

        return Created($"/practices/{practice.Id}", new { id = practice.Id, name = practice.Name, location = $"/practices/{practice.Id}", notes = outcome.Notes });
    }

    private ObjectResult TooLarge() =>
        StatusCode(StatusCodes.Status413PayloadTooLarge, Problems(new ImportProblem("$", "Документ больше 10 МБ.")));

    private static object Problems(params ImportProblem[] problems) => new
    {
        title = "Практика не импортирована: исправьте ошибки и повторите.",
        problems = problems.Select(p => new { path = p.Path, message = p.Message }),
    };
}
