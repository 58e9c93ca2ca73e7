using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Access;
using ProjectOffice.Domain.Approval;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Web.Features.Layout;
using ProjectOffice.Web.Infrastructure;

namespace ProjectOffice.Web.Features.Passport;

[ProjectAccess(Permissions.EditPassport)]
[EditablePassport]
[Route("projects/{id:int}/edit/" + PassportSections.Team)]
public sealed class PassportTeamController(AppDbContext db, IAuthorizationService auth, TimeProvider clock) : Controller
{
    private const string Prefix = nameof(TeamPage.Form);

    [HttpGet("")]
    public async Task<IActionResult> Team(int id, CancellationToken ct)
    {
        var project = await LoadAsync(id, tracking: false, ct);
        return project is null ? NotFound() : await Page(project, TeamForm.From(project), ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Team(int id, [Bind(Prefix = Prefix)] TeamForm form, string? command, CancellationToken ct)
    {
        var project = await LoadAsync(id, tracking: true, ct);
        if (project is null)
        {
            return NotFound();
        }

        form.FitRoles();
        var action = RowCommand.Parse(command);
        if (!action.IsSave)
        {
            form.Apply(action);
            ModelState.Clear();
            return await Page(project, form, ct);
        }

        await ResolveReferencesAsync(form, ct);
        await CheckCuratorChangeAsync(project, form);
        if (!ModelState.IsValid)
        {
            return await Page(project, form, ct);
        }

        form.ApplyTo(project, ShowGroups(project), db);
        db.ExpectVersion(project, form.Version, clock.GetUtcNow());
        if (!await db.TrySaveAsync(ModelState, ct))
        {
            form.Version = await db.CurrentVersionAsync(id, ct);
            ModelState.Remove($"{Prefix}.{nameof(form.Version)}");
            return await Page(project, form, ct);
        }

        TempData["Message"] = "Участники сохранены.";
        return Redirect(PassportSections.Url(id, PassportSections.Team));
    }

    /// <summary>The project with its members and participant groups, in two queries (members joined, groups apart).</summary>
    private async Task<Project?> LoadAsync(int id, bool tracking, CancellationToken ct)
    {
        var projects = db.Projects.Include(p => p.Members).AsSingleQuery().Where(p => p.Id == id);
        var project = await (tracking ? projects : projects.AsNoTracking()).SingleOrDefaultAsync(ct);
        if (project is not null)
        {
            var groups = db.ParticipantGroups.Where(g => g.ProjectId == id);
            project.ParticipantGroups = await (tracking ? groups : groups.AsNoTracking()).ToListAsync(ct);
        }

        return project;
    }

    /// <summary>
    /// Finds the people and organisations the rows name (labels of the page's lists, or names typed by hand) in one query
    /// each; a name that finds none or several gets a message. A new person's e-mail must not be someone else's already.
    /// </summary>
    private async Task ResolveReferencesAsync(TeamForm form, CancellationToken ct)
    {
        var rows = form.AllRows(Prefix).ToList();
        var people = rows.Select(r => (r.Field, r.Row, Typed: ReferenceChoice.Parse(r.Row.Person))).ToList();
        var organisations = rows.Select(r => (r.Field, r.Row, Typed: ReferenceChoice.Parse(r.Row.NewPerson.Organisation))).ToList();
        var emails = rows.Select(r => FormText.Clean(r.Row.NewPerson.Email)?.ToUpperInvariant()).OfType<string>()
            .Distinct().ToList();
        var personNames = Upper(people.Select(p => p.Typed));
        var personIds = people.Select(p => p.Typed?.Id).OfType<int>().Distinct().ToList();
        var organisationNames = Upper(organisations.Select(o => o.Typed));
        var organisationIds = organisations.Select(o => o.Typed?.Id).OfType<int>().Distinct().ToList();
        // EF translates ToUpper() to SQL upper(); the culture rule does not apply to a database function.
#pragma warning disable CA1304, CA1311
        var knownPeople = personNames.Count + personIds.Count + emails.Count == 0
            ? []
            : await db.People.Where(p => personIds.Contains(p.Id) || personNames.Contains(p.FullName.ToUpper())
                                         || (p.Email != null && emails.Contains(p.Email.ToUpper())))
                .Select(p => new { p.Id, p.FullName, p.Email }).ToListAsync(ct);
        var knownOrganisations = organisationNames.Count + organisationIds.Count == 0
            ? []
            : await db.Organisations.Where(o => organisationIds.Contains(o.Id) || organisationNames.Contains(o.Name.ToUpper())
                                                || (o.ShortName != null && organisationNames.Contains(o.ShortName.ToUpper())))
                .Select(o => new { o.Id, o.Name, o.ShortName }).ToListAsync(ct);
#pragma warning restore CA1304, CA1311
        foreach (var (field, row, typed) in people)
        {
            (row.PersonId, var error) = typed is { } choice
                ? ReferenceChoice.Resolve(choice, knownPeople.Select(p => (p.Id, (IEnumerable<string?>)[p.FullName])), "Человека")
                : (null, null);
            if (error is not null)
            {
                ModelState.AddModelError($"{field}.{nameof(row.Person)}", error + " Если его там нет, заполните «Новый человек».");
            }
        }

        foreach (var (field, row, typed) in organisations)
        {
            (row.NewPerson.OrganisationId, var error) = typed is { } choice
                ? ReferenceChoice.Resolve(choice, knownOrganisations.Select(o => (o.Id, (IEnumerable<string?>)[o.ShortName, o.Name])), "Организации")
                : (null, null);
            if (error is not null)
            {
                ModelState.AddModelError($"{field}.{nameof(row.NewPerson)}.{nameof(NewPersonFields.Organisation)}", error);
            }
        }

        foreach (var (field, row) in rows)
        {
            var email = FormText.Clean(row.NewPerson.Email)?.ToUpperInvariant();
            if (email is not null && knownPeople.FirstOrDefault(p => p.Email?.ToUpperInvariant() == email) is { } taken)
            {
                ModelState.AddModelError($"{field}.{nameof(row.NewPerson)}.{nameof(NewPersonFields.Email)}",
                    $"Этот e-mail уже указан у человека «{taken.FullName}»: выберите его из списка.");
            }
        }
    }

    /// <summary>
    /// The project's own editors may not choose who approves their passport: a change of the curator rows (the key
    /// role and national participants with the role Куратор) by anyone but the office or the administrator is refused
    /// next to the row, and nothing is saved (<see cref="SeparationOfDuties.CuratorChange"/>).
    /// </summary>
    private async Task CheckCuratorChangeAsync(Project project, TeamForm form)
    {
        var stored = project.Members.Where(m => m.Role == MemberRole.Curator).Select(m => CuratorKey.Of(m.PersonId, m.NameText)).ToList();
        var rows = form.AllRows(Prefix)
            .Where(r => !r.Row.IsBlank && IsCuratorRow(r.Field, r.Row))
            .Where(r => ShowGroups(project) || !r.Field.Contains($".{nameof(TeamForm.Groups)}[", StringComparison.Ordinal))
            .ToList();
        var wanted = rows.Select(r => Key(r.Row)).ToList();
        var mayAssign = (await auth.AuthorizeAsync(User, Permissions.AssignCurator)).Succeeded;
        if (SeparationOfDuties.CuratorChange(stored, wanted, mayAssign) is not { } refusal)
        {
            return;
        }

        // The message goes to each row that names a curator not stored, or to the key row when a curator was removed.
        var fields = rows.Where(r => !stored.Contains(Key(r.Row))).Select(r => r.Field).ToList();
        if (fields.Count == 0)
        {
            fields.Add($"{Prefix}.{nameof(TeamForm.Roles)}[{CuratorRoleIndex}]");
        }

        foreach (var field in fields)
        {
            ModelState.AddModelError($"{field}.{nameof(MemberRow.Person)}", refusal);
        }
    }

    private static readonly int CuratorRoleIndex = PassportLabels.SingleRoles.ToList().IndexOf(MemberRole.Curator);

    private static bool IsCuratorRow(string field, MemberRow row) =>
        field.Contains($".{nameof(TeamForm.Groups)}[", StringComparison.Ordinal)
            ? row.Role == MemberRole.Curator
            : field.EndsWith($".{nameof(TeamForm.Roles)}[{CuratorRoleIndex}]", StringComparison.Ordinal);

    /// <summary>A new person typed into a curator row is a curator nobody stored.</summary>
    private static CuratorKey Key(MemberRow row) =>
        row.NewPerson.IsEmpty ? CuratorKey.Of(row.PersonId, row.NameText) : new CuratorKey(null, "+" + row.NewPerson.FullName);

    private static List<string> Upper(IEnumerable<(string Name, int? Id)?> typed) =>
        typed.Where(t => t is { Id: null }).Select(t => t!.Value.Name.ToUpperInvariant()).Distinct().ToList();

    private static bool ShowGroups(Project project) => project.Layout == ProjectLayout.National || project.ParticipantGroups.Count > 0;

    /// <summary>The page for a form: people and organisations are read once for the lists the rows refer to.</summary>
    private async Task<IActionResult> Page(Project project, TeamForm form, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.FullName, p.Position, p.Email, p.Phone }).ToListAsync(ct);
        var peopleLabels = ReferenceChoice.Labels(people.Select(p => (p.Id, p.FullName)));
        var organisations = await db.Organisations.AsNoTracking()
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name }).ToListAsync(ct);
        form.FitRoles();
        foreach (var (_, row) in form.AllRows(Prefix).Where(r => r.Row.Person is null && r.Row.PersonId is not null))
        {
            row.Person = peopleLabels.GetValueOrDefault(row.PersonId!.Value);
        }

        return View("Team", new TeamPage
        {
            Heading = new PassportHeading { ProjectId = project.Id, ProjectName = project.Name, Layout = project.Layout, Section = PassportSections.Team },
            Form = form,
            People = people.OrderBy(p => p.FullName, StringComparer.CurrentCulture).ThenBy(p => p.Id)
                .Select(p => new PersonOption(p.Id, peopleLabels[p.Id], p.Position, p.Email, p.Phone)).ToList(),
            Organisations = ReferenceChoice.Labels(organisations.Select(o => (o.Id, o.Name))).Values.Order(StringComparer.CurrentCulture).ToList(),
            ShowGroups = ShowGroups(project),
        });
    }
}
