using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Budget;

/// <summary>Reads one project's «Бюджет проекта» (now, or as approved in a version) into <see cref="BudgetFormData"/>.</summary>
public static class BudgetFormQuery
{
    public static async Task<BudgetFormData?> LoadAsync(AppDbContext db, int projectId, int? version, CancellationToken ct)
    {
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, Include, ct);
        if (printed is null)
        {
            return null;
        }

        var items = Lines(printed.Project);
        return Build(printed, await PrintedProjects.EmptyBudgetSourcesAsync(db, items, ct));
    }

    /// <summary>What the form reads of a stored project.</summary>
    public static IQueryable<Project> Include(IQueryable<Project> projects) => projects
        .Include(p => p.Stages)
        .Include(p => p.BudgetItems.Where(b => b.SectionId == null)).ThenInclude(b => b.Amounts).ThenInclude(a => a.FundingSource)
        .Include(p => p.TypedBudgetTotals)
        .Include(p => p.Signatures.Where(s => s.Form == FormKind.Budget));

    /// <param name="emptyBudgetSources">The columns of a budget without sources of its own.</param>
    public static BudgetFormData Build(PrintedProject printed, IReadOnlyList<FundingSource> emptyBudgetSources)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(emptyBudgetSources);
        var project = printed.Project;
        var items = Lines(project);
        var amounts = items.ToDictionary(b => b.Id, b => b.Amounts.OrderBy(a => a.Year).ThenBy(a => a.SortOrder).ToList());
        var sources = items.SelectMany(b => b.Amounts).Select(a => a.FundingSource).OfType<FundingSource>().DistinctBy(s => s.Id).ToList();
        if (sources.Count == 0)
        {
            // An empty budget still prints its columns, to be filled in by hand.
            sources = [.. emptyBudgetSources];
        }

        sources = [.. sources.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)];

        var byStage = project.BudgetBreakdown == BudgetBreakdown.Stage;
        var rows = byStage
            ? project.Stages.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select((stage, i) => (
                Name: StageHeading.Title(i, stage, FormKind.Budget),
                Amounts: items.Where(b => b.StageId == stage.Id).SelectMany(b => amounts[b.Id]).ToList()))
            : items.Select(item => (Name: item.Title ?? "", Amounts: amounts[item.Id]));
        var rowData = rows.ToList();

        return new BudgetFormData
        {
            ProjectName = project.Name,
            IsDraft = printed.IsDraft,
            ApprovedOn = printed.ApprovedOn,
            Version = printed.PassportVersion,
            // The paper form is municipal (by stage); a national budget (by direction) is printed the same way, its totals over the years.
            RowCaption = byStage ? PassportCaptions.StageColumn : "Наименование результата (направления)",
            AmountsCaption = byStage ? "Объем финансирования этапа реализации проекта, млн. руб." : "Объем финансирования, млн. руб.",
            BreakdownCaption = byStage ? "в том числе в разрезе этапов реализации:" : "в том числе в разрезе результатов (направлений):",
            Sources = sources.Select(s => s.NameGenitive ?? s.Name).ToList(),
            Total = ProjectTotal(project, rowData.SelectMany(r => r.Amounts).ToList(), sources),
            Rows = rowData.Select((r, i) => Row(i + 2, r.Name, r.Amounts, sources, Cell)).ToList(),
            TopSignatures = SignatureData.Of(project.Signatures, FormKind.Budget, atTop: true, printed.IsDraft),
            BottomSignatures = SignatureData.Of(project.Signatures, FormKind.Budget, atTop: false, printed.IsDraft),
        };
    }

    // The budget lines of the passport; the additional materials' financing tables have lines of their own.
    private static List<BudgetItem> Lines(Project project) =>
        project.BudgetItems.Where(b => b.SectionId == null).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToList();

    private static BudgetFormRow Row(
        int number, string name, IReadOnlyList<BudgetAmount> amounts, IReadOnlyList<FundingSource> sources,
        Func<IReadOnlyList<BudgetAmount>, BudgetFormCell> cell) => new()
    {
        Number = number,
        Name = name,
        Cells = [TotalCell(amounts), .. sources.Select(source => cell(amounts.Where(a => a.FundingSourceId == source.Id).ToList()))],
    };

    // Row 1 prints the paper's typed totals where the project keeps them (over all years: the form has no year columns).
    private static BudgetFormRow ProjectTotal(Project project, IReadOnlyList<BudgetAmount> amounts, IReadOnlyList<FundingSource> sources) => new()
    {
        Number = 1,
        Name = "Проект в целом",
        Cells =
        [
            ProjectTotalCell.Of(project, null, null, amounts),
            .. sources.Select(source => ProjectTotalCell.Of(project, source.Id, null, amounts.Where(a => a.FundingSourceId == source.Id))),
        ],
    };

    private static BudgetFormCell TotalCell(IReadOnlyList<BudgetAmount> amounts) =>
        BudgetFormCell.Computed(BudgetTotals.Sum(amounts.Select(a => a.Text)));

    // One cell of one year prints what was typed; a cell that covers several years (national budgets) prints their sum.
    private static BudgetFormCell Cell(IReadOnlyList<BudgetAmount> amounts) =>
        amounts.Count == 0 ? BudgetFormCell.Empty
        : amounts.Select(a => a.Year).Distinct().Count() == 1 ? BudgetFormCell.Typed(amounts.Select(a => a.Text).ToList())
        : TotalCell(amounts);
}
