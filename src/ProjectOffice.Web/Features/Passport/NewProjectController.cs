using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Passport;

[Authorize(Policy = Permissions.CreateProject)]
public sealed class NewProjectController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/projects/new")]
    public IActionResult Create() => View("NewProject", new NewProjectForm());

    [HttpPost("/projects/new")]
    public async Task<IActionResult> Create(NewProjectForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("NewProject", form);
        }

        var project = new Project
        {
            Layout = form.Layout,
            Status = ProjectStatus.Draft,
            Name = FormText.Required(form.Name),
            ShortName = FormText.Clean(form.ShortName),
            StartDate = DateFields.Value(form.Start),
            EndDate = DateFields.Value(form.End),
            // The national passport's budget is by result; the municipal one's by stage.
            BudgetBreakdown = form.Layout == ProjectLayout.National ? BudgetBreakdown.Direction : BudgetBreakdown.Stage,
            UpdatedAt = clock.GetUtcNow(),
        };

        // The creator usually leads the project; their person record makes them its leader (and its editor).
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var personId = await db.People.Where(p => p.UserId == userId).Select(p => (int?)p.Id).SingleOrDefaultAsync(ct);
        if (personId is not null)
        {
            project.Members.Add(new ProjectMember { Role = MemberRole.Leader, PersonId = personId });
        }

        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = "Проект создан. Заполните общие сведения паспорта.";
        return Redirect(PassportSections.Url(project.Id, PassportSections.General));
    }
}
