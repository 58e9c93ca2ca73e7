using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>
/// Every edit and workflow decision on a project carries the project's Version (xmin) as its page saw it; the save
/// touches the project row, so of two people saving from the same page the second fails instead of overwriting.
/// Each feature words its own conflict message (PassportConcurrency, PlanConcurrency).
/// </summary>
public static class ProjectConcurrency
{
    /// <summary>Call before SaveChanges: SaveChanges then throws DbUpdateConcurrencyException when someone saved in between.</summary>
    public static void ExpectVersion(this AppDbContext db, Project project, uint seenVersion, DateTimeOffset now)
    {
        db.Entry(project).Property(p => p.Version).OriginalValue = seenVersion;
        project.UpdatedAt = now;
        db.Entry(project).Property(p => p.UpdatedAt).IsModified = true;
    }

    /// <summary>Attaches the project row (without reading it) so that SaveChanges checks and bumps its Version.</summary>
    public static void ExpectProjectVersion(this AppDbContext db, int projectId, uint seenVersion, DateTimeOffset now)
    {
        var project = db.Projects.Local.FirstOrDefault(p => p.Id == projectId);
        if (project is null)
        {
            project = new Project { Id = projectId, Version = seenVersion };
            db.Projects.Attach(project);
        }

        db.ExpectVersion(project, seenVersion, now);
    }
}
