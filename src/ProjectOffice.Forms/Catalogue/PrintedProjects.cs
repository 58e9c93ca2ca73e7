using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Data.Versions;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Forms.Catalogue;

/// <summary>
/// Loads what a form prints. The project as it is now comes from its rows, reading only what the form includes; an
/// approved version comes from its immutable snapshot, never from the rows, so later edits do not reach its print.
/// </summary>
public static class PrintedProjects
{
    /// <param name="version">The approved version to print; null for the project as it is now.</param>
    /// <param name="include">The parts of the stored project the form reads (a snapshot always holds all of them).</param>
    /// <returns>Null when there is no such project, or no such version of it.</returns>
    public static async Task<PrintedProject?> LoadAsync(
        AppDbContext db, int projectId, int? version, Func<IQueryable<Project>, IQueryable<Project>> include, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(include);
        if (version is { } number)
        {
            var frozen = await db.ProjectVersions.AsNoTracking()
                .Where(v => v.ProjectId == projectId && v.Number == number)
                .Select(v => new { v.Snapshot, v.ApprovedOn })
                .FirstOrDefaultAsync(ct);
            return frozen is null ? null : new PrintedProject
            {
                Project = ProjectSnapshot.ToProject(ProjectVersions.Read(frozen.Snapshot)),
                Version = number,
                PassportVersion = number,
                ApprovedOn = frozen.ApprovedOn,
            };
        }

        var project = await include(db.Projects.AsNoTracking().AsSplitQuery().Where(p => p.Id == projectId)).SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        // An approved passport's files carry the date of its approval in the portal (the latest version), not the date
        // of a signature the paper had years before; without a version, the passport's «УТВЕРЖДАЮ» date.
        var latest = project.Status == ProjectStatus.Approved
            ? await db.ProjectVersions.AsNoTracking().Where(v => v.ProjectId == projectId).OrderByDescending(v => v.Number)
                .Select(v => new { v.Number, v.ApprovedOn }).FirstOrDefaultAsync(ct)
            : null;
        var approvedOn = latest?.ApprovedOn ?? await db.FormSignatures.AsNoTracking()
            .Where(s => s.ProjectId == projectId && s.Form == FormKind.Passport && s.Kind == SignatureKind.Approved && s.Date != null)
            .OrderBy(s => s.SortOrder)
            .Select(s => s.Date)
            .FirstOrDefaultAsync(ct);
        return new PrintedProject { Project = project, ApprovedOn = approvedOn, PassportVersion = latest?.Number };
    }

    /// <summary>
    /// The columns of a budget with no amount of any source: the reference list's sources, to be filled in by hand.
    /// Empty when the budget has sources of its own.
    /// </summary>
    public static async Task<IReadOnlyList<FundingSource>> EmptyBudgetSourcesAsync(AppDbContext db, IEnumerable<BudgetItem> items, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(items);
        return items.SelectMany(b => b.Amounts).Any(a => a.FundingSource is not null)
            ? []
            : await db.FundingSources.AsNoTracking().Where(f => !f.IsArchived).OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToListAsync(ct);
    }
}
