using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Plans;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Layout;

/// <summary>What the plan, control-event and Gantt pages show of the project itself.</summary>
public sealed record ProjectHeader(int Id, string Name, ProjectLayout Layout, DateOnly StartDate, DateOnly EndDate, uint Version)
{
    public DateRange Period => new(StartDate, EndDate);

    public static Task<ProjectHeader?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct) =>
        db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new ProjectHeader(p.Id, p.Name, p.Layout, p.StartDate, p.EndDate, p.Version))
            .SingleOrDefaultAsync(ct);
}
