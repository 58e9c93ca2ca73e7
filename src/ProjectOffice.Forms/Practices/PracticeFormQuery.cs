using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Forms.Practices;

/// <summary>Reads one practice passport into <see cref="PracticeFormData"/>: the practice page and the printed form read the same.</summary>
public static class PracticeFormQuery
{
    /// <summary>The whole passport, rows in printed order; null when there is no such practice.</summary>
    public static async Task<PracticeFormData?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var practice = await db.Practices.AsNoTracking().AsSplitQuery()
            .Include(p => p.ListItems).Include(p => p.Results).Include(p => p.Participants).Include(p => p.Stakeholders)
            .Include(p => p.Actions).Include(p => p.NormativeActs).Include(p => p.Resources).Include(p => p.Beneficiaries)
            .Include(p => p.Costs).Include(p => p.Links).Include(p => p.Contacts)
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return null;
        }

        Sort(practice.ListItems);
        Sort(practice.Results);
        Sort(practice.Participants);
        Sort(practice.Stakeholders);
        Sort(practice.Actions);
        Sort(practice.NormativeActs);
        Sort(practice.Resources);
        Sort(practice.Beneficiaries);
        Sort(practice.Costs);
        Sort(practice.Links);
        Sort(practice.Contacts);
        var projectName = practice.ProjectId is { } projectId
            ? await db.Projects.Where(p => p.Id == projectId).Select(p => p.Name).SingleOrDefaultAsync(ct)
            : null;
        return new PracticeFormData { Practice = practice, ProjectName = projectName };
    }

    private static void Sort<TRow>(List<TRow> rows) where TRow : IPracticeRow =>
        rows.Sort((a, b) => a.SortOrder != b.SortOrder ? a.SortOrder.CompareTo(b.SortOrder) : a.Id.CompareTo(b.Id));
}
