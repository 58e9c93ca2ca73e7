using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>Reads shared by the passport section editors.</summary>
public static class PassportQueries
{
    public static Task<PassportHeading?> HeadingAsync(this AppDbContext db, int projectId, string section, CancellationToken ct) =>
        db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new PassportHeading { ProjectId = p.Id, ProjectName = p.Name, Layout = p.Layout, Section = section })
            .SingleOrDefaultAsync(ct);

    /// <summary>The project's version now, for a form re-shown after a conflict so that the next save may succeed.</summary>
    public static Task<uint> CurrentVersionAsync(this AppDbContext db, int projectId, CancellationToken ct) =>
        db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Version).SingleAsync(ct);
}
