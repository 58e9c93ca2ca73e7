using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Annexes;
using ProjectOffice.Forms.Catalogue;

namespace ProjectOffice.Forms.Passport;

/// <summary>
/// Reads one project once (split query, one query per table) and builds the passport's and the annexes' printed models
/// from it with <see cref="PassportFormQuery.Build"/> and <see cref="AnnexesFormQuery.Build"/>: the card's read model.
/// </summary>
public static class PassportDocumentQuery
{
    private static readonly FormKind[] AnnexForms = [FormKind.IndicatorsByOrganisation, FormKind.IndicatorMethods, FormKind.AdditionalMaterials];

    public static async Task<PassportDocument?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await Include(db.Projects.AsNoTracking().AsSplitQuery().Where(p => p.Id == projectId)).SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        // The card shows no signature blocks, so neither they nor the approval date are read.
        var printed = new PrintedProject { Project = project };
        var national = project.Layout == ProjectLayout.National;
        var emptyBudgetSources = national ? [] : await PrintedProjects.EmptyBudgetSourcesAsync(db, project.BudgetItems.Where(b => b.SectionId == null), ct);
        return new PassportDocument(project, PassportFormQuery.Build(printed, emptyBudgetSources), national ? AnnexesFormQuery.Build(printed) : null);
    }

    /// <summary>What both forms read, every list in printed order (the forms filter the passport's and the annexes' budget lines).</summary>
    private static IQueryable<Project> Include(IQueryable<Project> projects) => PassportFormQuery.IncludeContent(projects)
        .Include(p => p.Indicators).ThenInclude(i => i.Breakdown.OrderBy(b => b.SortOrder)).ThenInclude(b => b.Values.OrderBy(v => v.Year))
        .Include(p => p.BudgetItems.OrderBy(b => b.SortOrder))
            .ThenInclude(b => b.Amounts.OrderBy(a => a.Year).ThenBy(a => a.SortOrder)).ThenInclude(a => a.FundingSource)
        .Include(p => p.TypedBudgetTotals)
        .Include(p => p.Sections.OrderBy(s => s.SortOrder))
        .Include(p => p.Forms.Where(f => f.Form == FormKind.IndicatorsByOrganisation))
        .Include(p => p.Footnotes.Where(f => AnnexForms.Contains(f.Form) && f.Caption != null));
}
