using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>
/// The passport's budget grid: by stage × funding source (municipal, no years), or by direction with funding-source rows ×
/// year columns (national). Totals are computed on screen from the typed cells; the project's totals may also be typed as
/// the signed paper printed them (<see cref="TypedTotals"/>), with a warning where they differ from the sum.
/// </summary>
public sealed class BudgetForm
{
    public uint Version { get; set; }

    public List<BudgetItemInput> Items { get; set; } = [];

    /// <summary>
    /// The project's totals as the signed paper typed them, keyed like a row's cells (<see cref="BudgetCells.Key"/>; «all-all»
    /// is the grand total). An empty cell means "computed".
    /// </summary>
    public Dictionary<string, string?> TypedTotals { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public PassportTablesProject Project { get; set; } = null!;

    /// <summary>Active funding sources, plus archived ones this budget still uses, in their order.</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<BudgetSourceColumn> Sources { get; set; } = [];

    /// <summary>Municipal: the project's stages in order, labelled «1 этап. Name (dd.MM.yyyy – dd.MM.yyyy)».</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<(int Id, string Label)> Stages { get; set; } = [];

    /// <summary>National: the section-3 results a direction may finance, numbered «1.2».</summary>
    [BindNever]
    [ValidateNever]
    public IReadOnlyList<BudgetResultOption> Results { get; set; } = [];

    [ValidateNever]
    public bool ByStage => Project.BudgetBreakdown == BudgetBreakdown.Stage;

    /// <summary>The cells of one row: a column per source (municipal) or a source × year block (national).</summary>
    public IEnumerable<(int? SourceId, int? Year)> Grid()
    {
        foreach (var source in Sources)
        {
            if (ByStage)
            {
                yield return (source.Id, null);
                continue;
            }

            foreach (var year in Project.Years)
            {
                yield return (source.Id, year);
            }
        }
    }

    /// <summary>
    /// The cells a total may be typed into: «Всего» (all sources) then each source; over all years, then (national) each year.
    /// </summary>
    public IEnumerable<(int? SourceId, int? Year)> TotalsGrid()
    {
        foreach (var sourceId in Sources.Select(s => (int?)s.Id).Prepend(null))
        {
            yield return (sourceId, null);
            if (!ByStage)
            {
                foreach (var year in Project.Years)
                {
                    yield return (sourceId, year);
                }
            }
        }
    }

    /// <summary>«Всего» over the given rows' cells of one source and/or one year (null: every source / every year).</summary>
    public string Total(IEnumerable<BudgetItemInput> items, int? sourceId = null, int? year = null) =>
        BudgetTotals.Print(Sum(items, sourceId, year));

    /// <summary>The warning beside a typed total that is not the sum of the rows, or null.</summary>
    public string? TypedTotalWarning(int? sourceId, int? year) =>
        BudgetTotals.Disagreement(TypedTotals.GetValueOrDefault(BudgetCells.Key(sourceId, year)), Sum(Items, sourceId, year));

    private BudgetTotal Sum(IEnumerable<BudgetItemInput> items, int? sourceId, int? year)
    {
        var cells = Grid().Where(c => (sourceId is null || c.SourceId == sourceId) && (year is null || c.Year == year)).ToList();
        return BudgetTotals.Sum(items.SelectMany(item =>
            cells.SelectMany(c => BudgetAmountText.SplitCell(item.Cells.GetValueOrDefault(BudgetCells.Key(c.SourceId, c.Year))))));
    }
}
