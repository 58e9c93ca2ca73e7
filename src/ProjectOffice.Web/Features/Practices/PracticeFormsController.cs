using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The printed practice passport: the HTML print preview (A4, print CSS).</summary>
[Route("practices/{id:int}/forms")]
public sealed class PracticeFormsController(AppDbContext db, IAuthorizationService auth) : Controller
{
    [HttpGet("passport")]
    public async Task<IActionResult> Passport(int id, CancellationToken ct)
    {
        if (await PracticeAccess.LoadFactsAsync(db, id, ct) is not { } facts || !await auth.CanReadPracticeAsync(User, facts))
        {
            return NotFound();
        }

        var data = await PracticeQueries.LoadFormDataAsync(db, id, ct);
        return View("~/Features/Practices/Passport.cshtml", new PracticeBodyModel { Data = data! });
    }
}
