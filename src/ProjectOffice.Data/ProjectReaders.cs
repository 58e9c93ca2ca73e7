using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Data;

/// <summary>
/// Who reads a project without a global reading role: people in its team, people responsible for one of its plan
/// items or control events, and people of an organisation that is in its team. One rule for the per-project
/// check (ProjectAccessHandler) and for lists, so the two never disagree.
/// </summary>
public static class ProjectReaders
{
    public static IQueryable<Project> ReadableBy(this IQueryable<Project> projects, AppDbContext db, string userId)
    {
        var me = db.People.Where(p => p.UserId == userId);
        return projects.Where(p =>
            p.Members.Any(m => m.Person!.UserId == userId)
            || db.Responsibles.Any(r => r.Person!.UserId == userId
                && (db.PlanItems.Any(i => i.Id == r.PlanItemId && i.ProjectId == p.Id)
                    || db.ControlEvents.Any(e => e.Id == r.ControlEventId && e.ProjectId == p.Id)))
            || p.Members.Any(m => m.Person!.OrganisationId != null && me.Any(x => x.OrganisationId == m.Person.OrganisationId)));
    }
}
