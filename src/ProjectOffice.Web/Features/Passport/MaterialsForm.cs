using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Web.Features.Passport;

/// <summary>«Дополнительные обосновывающие материалы»: ordered sections of prose, tables and financing.</summary>
public sealed class MaterialsForm
{
    public uint Version { get; set; }

    public List<MaterialSectionInput> Sections { get; set; } = [];

    [BindNever]
    [ValidateNever]
    public PassportTablesProject Project { get; set; } = null!;

    /// <summary>The cells of a financing line: one per project year, no funding source.</summary>
    public IEnumerable<(int? SourceId, int? Year)> FinancingGrid() => Project.Years.Select(year => ((int?)null, (int?)year));

    /// <summary>«Всего» over the given lines of a financing section, for one year or all of them.</summary>
    public static string Total(IEnumerable<FinancingLineInput> lines, IEnumerable<int> years) =>
        BudgetTotals.Total(lines.SelectMany(line =>
            years.SelectMany(year => BudgetAmountText.SplitCell(line.Cells.GetValueOrDefault(BudgetCells.Key(null, year))))));
}
