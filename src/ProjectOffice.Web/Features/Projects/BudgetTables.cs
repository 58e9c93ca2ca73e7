using System.Globalization;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Reference;

namespace ProjectOffice.Web.Features.Projects;

/// <summary>
/// Lays out the budget tables of the passport card from the project's budget items. Amounts print as typed;
/// every «Всего» cell is computed by <see cref="BudgetTotals"/>.
/// </summary>
public static class BudgetTables
{
    /// <summary>
    /// Municipal item 20: a row per stage under «Проект в целом», a column per funding source captioned in the
    /// genitive after «Всего, в том числе за счет средств:».
    /// </summary>
    public static BudgetTable ByStage(Project project)
    {
        var items = PassportItems(project);
        if (items.Count == 0)
        {
            return new BudgetTable { Columns = [], Rows = [] };
        }

        var sources = SourcesOf(items);
        var all = items.SelectMany(i => i.Amounts).ToList();
        var rows = new List<BudgetTableRow>
        {
            new()
            {
                Kind = BudgetRowKind.Total,
                Title = "Проект в целом, в том числе в разрезе этапов реализации",
                Cells = sources.Select(s => BudgetTotals.Total(all.Where(a => a.FundingSourceId == s.Id))).ToList(),
                Total = BudgetTotals.Total(all),
            },
        };
        rows.AddRange(items.Select(item => new BudgetTableRow
        {
            Kind = BudgetRowKind.Line,
            Title = StageTitle(project, item),
            Cells = sources.Select(s => Typed(item.Amounts.Where(a => a.FundingSourceId == s.Id))).ToList(),
            Total = BudgetTotals.Total(item.Amounts),
        }));
        return new BudgetTable { Columns = sources.Select(s => s.NameGenitive ?? s.Name).ToList(), Rows = rows };
    }

    /// <summary>
    /// National section 4: per direction a heading, a row per funding source and «Всего по данному направлению»;
    /// a column per year and «Всего»; the project's totals at the end.
    /// </summary>
    public static BudgetTable ByDirection(Project project)
    {
        var items = PassportItems(project);
        if (items.Count == 0)
        {
            return new BudgetTable { Columns = [], Rows = [] };
        }

        var sources = SourcesOf(items);
        var years = YearsOf(items);
        var numbers = DirectionNumbering.Numbers(project.Tasks, items);
        var rows = new List<BudgetTableRow>();
        foreach (var (item, number) in items.Zip(numbers))
        {
            rows.Add(new BudgetTableRow { Kind = BudgetRowKind.Heading, Number = number, Title = item.Title ?? "", Cells = [], Total = "" });
            rows.AddRange(sources.Select(source => YearRow(BudgetRowKind.Line, source.Name, years,
                item.Amounts.Where(a => a.FundingSourceId == source.Id).ToList(), typed: true)));
            rows.Add(YearRow(BudgetRowKind.Total, "Всего по данному направлению " + ProjectLabels.LevelGenitive(project.Level), years, item.Amounts, typed: false));
        }

        var all = items.SelectMany(i => i.Amounts).ToList();
        rows.Add(YearRow(BudgetRowKind.Total, "Всего по " + ProjectLabels.LevelDative(project.Level) + ", в том числе:", years, all, typed: false));
        rows.AddRange(sources.Select(source => YearRow(BudgetRowKind.Total, source.Name, years,
            all.Where(a => a.FundingSourceId == source.Id).ToList(), typed: false)));
        return new BudgetTable { Columns = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(), Rows = rows };
    }

    /// <summary>A financing section of the additional materials: activities with budget codes by year, and «Всего по проекту».</summary>
    public static BudgetTable Financing(IReadOnlyList<BudgetItem> items)
    {
        if (items.Count == 0)
        {
            return new BudgetTable { Columns = [], Rows = [] };
        }

        var years = YearsOf(items);
        var rows = items.Select((item, index) =>
        {
            var row = YearRow(BudgetRowKind.Line, item.Title ?? "", years, item.Amounts, typed: true);
            return new BudgetTableRow
            {
                Kind = row.Kind, Number = (index + 1).ToString(CultureInfo.InvariantCulture) + ".", Title = row.Title,
                Code = item.BudgetCode, Cells = row.Cells, Total = row.Total,
            };
        }).ToList();
        rows.Add(YearRow(BudgetRowKind.Total, "Всего по проекту", years, items.SelectMany(i => i.Amounts).ToList(), typed: false));
        return new BudgetTable { Columns = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(), Rows = rows };
    }

    private static List<BudgetItem> PassportItems(Project project) =>
        project.BudgetItems.Where(i => i.SectionId is null).OrderBy(i => i.SortOrder).ToList();

    private static List<FundingSource> SourcesOf(IEnumerable<BudgetItem> items) =>
        items.SelectMany(i => i.Amounts).Select(a => a.FundingSource).OfType<FundingSource>()
            .DistinctBy(s => s.Id).OrderBy(s => s.SortOrder).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();

    private static List<int> YearsOf(IEnumerable<BudgetItem> items) =>
        items.SelectMany(i => i.Amounts).Select(a => a.Year).OfType<int>().Distinct().Order().ToList();

    private static BudgetTableRow YearRow(BudgetRowKind kind, string title, IReadOnlyList<int> years, IReadOnlyList<BudgetAmount> amounts, bool typed) => new()
    {
        Kind = kind,
        Title = title,
        Cells = years.Select(year => amounts.Where(a => a.Year == year).ToList())
            .Select(cell => typed ? Typed(cell) : BudgetTotals.Total(cell)).ToList(),
        Total = BudgetTotals.Total(amounts),
    };

    /// <summary>A cell as typed; several values typed into one cell («0,025 ¶ 0,015») print one per line.</summary>
    private static string Typed(IEnumerable<BudgetAmount> amounts) =>
        string.Join("\n", amounts.OrderBy(a => a.SortOrder).Select(a => a.Text));

    private static string StageTitle(Project project, BudgetItem item)
    {
        var index = item.StageId is { } stageId ? project.Stages.FindIndex(s => s.Id == stageId) : -1;
        if (index < 0)
        {
            return item.Title ?? "";
        }

        var stage = project.Stages[index];
        var name = stage.PrintedNames.FirstOrDefault(v => v.Form == FormKind.PassportBudget)?.Text
            ?? stage.PrintedNames.FirstOrDefault(v => v.Form == FormKind.Passport)?.Text
            ?? stage.Name;
        return $"{index + 1} этап. {name}";
    }
}
