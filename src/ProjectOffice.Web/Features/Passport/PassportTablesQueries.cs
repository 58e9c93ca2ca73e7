using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>Reads shared by the editors of the passport's tables.</summary>
public static class PassportTablesQueries
{
    public static async Task<(PassportTablesProject Project, uint Version)?> FindProjectAsync(this AppDbContext db, int id, CancellationToken ct)
    {
        var row = await db.Projects.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.Layout, p.BudgetBreakdown, p.StartDate, p.EndDate, p.Version })
            .SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var years = new Project { StartDate = row.StartDate, EndDate = row.EndDate }.Years();
        return (new PassportTablesProject(row.Id, row.Name, row.Layout, row.BudgetBreakdown, years), row.Version);
    }
}
