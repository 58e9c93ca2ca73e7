using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;
using ProjectOffice.Data.Exchange;
using ProjectOffice.Domain.Access;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>A practice as projectoffice-practice/1 JSON (docs/practice-format.md): export for its readers, import for the office.</summary>
[Route("api/practices")]
public sealed class PracticeExchangeController(AppDbContext db, IAuthorizationService auth, TimeProvider clock) : Controller
{
    [HttpGet("{id:int}/export")]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        if (await PracticeAccess.LoadFactsAsync(db, id, ct) is not { } facts || !await auth.CanReadPracticeAsync(User, facts))
        {
            return NotFound();
        }

        var document = await new PracticeExporter(db).ExportAsync(id, ct);
        return File(Encoding.UTF8.GetBytes(PracticeExporter.Serialize(document!)), "application/json", $"practice-{id}.json");
    }

    /// <summary>
    /// The body is the JSON document. 400 lists every problem with its JSON path. No antiforgery token: a JSON body
    /// cannot be sent cross-site without a CORS preflight, which the portal never answers, and the cookie is SameSite.
    /// </summary>
    [HttpPost("import")]
    [Authorize(Policy = Permissions.PublishPractice)]
    [IgnoreAntiforgeryToken]
    [Consumes("application/json")]
    [RequestSizeLimit(10_000_000)]
    public async Task<IActionResult> Import(CancellationToken ct)
    {
        var outcome = await PracticeImports.ImportAndSaveAsync(db, User, Request.Body, clock.GetUtcNow(), ct);
        if (outcome.Practice is not { } practice)
        {
            return BadRequest(new { problems = outcome.Problems.Select(p => new { path = p.Path, message = p.Message }) });
        }

        return Created($"/practices/{practice.Id}", new { id = practice.Id, url = $"/practices/{practice.Id}", notes = outcome.Notes });
    }
}
