using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Catalogue;
using ProjectOffice.Forms.Layout;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Annexes;

/// <summary>Reads one project's Annex 2 and additional materials (now, or as approved in a version) into <see cref="AnnexesFormData"/>.</summary>
public static class AnnexesFormQuery
{
    private static readonly FormKind[] Forms = [FormKind.IndicatorsByOrganisation, FormKind.IndicatorMethods, FormKind.AdditionalMaterials];

    public static async Task<AnnexesFormData?> LoadAsync(AppDbContext db, int projectId, int? version, CancellationToken ct)
    {
        var printed = await PrintedProjects.LoadAsync(db, projectId, version, Include, ct);
        return printed is null ? null : Build(printed);
    }

    /// <summary>What the form reads of a stored project.</summary>
    public static IQueryable<Project> Include(IQueryable<Project> projects) => projects
        .Include(p => p.Forms.Where(f => f.Form == FormKind.IndicatorsByOrganisation))
        .Include(p => p.Signatures.Where(s => Forms.Contains(s.Form)))
        .Include(p => p.Footnotes.Where(f => Forms.Contains(f.Form) && f.Caption != null))
        .Include(p => p.Indicators).ThenInclude(i => i.Breakdown).ThenInclude(b => b.Values)
        .Include(p => p.Sections)
        .Include(p => p.BudgetItems.Where(b => b.SectionId != null)).ThenInclude(b => b.Amounts);

    public static AnnexesFormData Build(PrintedProject printed)
    {
        ArgumentNullException.ThrowIfNull(printed);
        var project = printed.Project;
        var isDraft = printed.IsDraft;
        var footnotes = project.Footnotes.Where(f => Forms.Contains(f.Form) && f.Caption != null).OrderBy(f => f.SortOrder).ThenBy(f => f.Id).ToList();
        var signatures = project.Signatures.Where(s => Forms.Contains(s.Form)).OrderBy(s => s.Form).ThenBy(s => s.SortOrder).ThenBy(s => s.Id).ToList();
        var sourceIndicators = project.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).ToList();
        var financing = project.BudgetItems.Where(b => b.SectionId != null).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).ToList();
        var years = sourceIndicators.SelectMany(i => i.Breakdown).SelectMany(b => b.Values).Select(v => v.Year).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            years = [.. Enumerable.Range(project.StartDate.Year, Math.Max(0, project.EndDate.Year - project.StartDate.Year + 1))];
        }

        // «Показатель N» counts every indicator of the passport, so an indicator without rows keeps the numbers of the rest.
        var indicators = sourceIndicators.Select((indicator, i) =>
        {
            var name = indicator.PrintedName;
            return new
            {
                indicator,
                ByOrganisation = Heading(i, PlanPrinting.Variant(indicator.PrintedNames, FormKind.IndicatorsByOrganisation, name)),
                Methods = Heading(i, PlanPrinting.Variant(indicator.PrintedNames, FormKind.IndicatorMethods, name)),
            };
        }).ToList();

        var rowNumber = 0;
        var annexIndicators = indicators.Where(x => x.indicator.Breakdown.Count > 0).Select(x => new AnnexIndicator(
            x.ByOrganisation,
            x.indicator.Breakdown.OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new AnnexBreakdownRow
            {
                Number = Number(++rowNumber),
                Organisation = b.Organisation,
                Baseline = b.BaselineText,
                BaselineDate = PlanPrinting.Date(b.BaselineDate, null, null),
                Values = years.Select(y => b.Values.FirstOrDefault(v => v.Year == y)?.Text ?? "").ToList(),
            }).ToList())).ToList();

        var methods = indicators.Select((x, i) => new AnnexMethod
        {
            Heading = x.Methods,
            Number = Number(i + 1),
            Formula = x.indicator.MethodFormula,
            BaseIndicators = x.indicator.MethodBaseIndicators,
            DataSource = x.indicator.DataSource,
            Collector = x.indicator.Collector,
            AggregationLevel = x.indicator.AggregationLevel,
            Periodicity = x.indicator.Periodicity,
            AdditionalInfo = x.indicator.AdditionalInfo,
        }).ToList();

        var sections = project.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id).Select(s =>
        {
            var notes = footnotes.Where(f => f.Caption == s.Title).ToList();
            return new AnnexSection
            {
                Kind = s.Kind,
                Title = s.Title,
                Marker = notes.Count == 0 ? null : string.Concat(notes.Select(f => f.Marker)),
                Blocks = s.Kind == SectionKind.Text ? RichText.Parse(s.Body) : [],
                Methods = s.Kind == SectionKind.IndicatorMethods ? methods : [],
                Financing = s.Kind == SectionKind.Financing
                    ? Financing(financing.Where(f => f.SectionId == s.Id).Select(f => (f.Title, f.BudgetCode, Amounts(f))).ToList())
                    : null,
                TableColumns = s.TableColumns,
                TableRows = s.TableRows,
                Footnotes = notes.Where(f => f.Text is not null).Select(f => new FormFootnote(f.Marker, f.Text!)).ToList(),
            };
        }).ToList();

        return new AnnexesFormData
        {
            ProjectName = project.Name,
            IsDraft = isDraft,
            ApprovedOn = printed.ApprovedOn,
            Version = printed.PassportVersion,
            LevelGenitive = ProjectLabels.LevelGenitive(project.Level),
            Annex = project.Forms.FirstOrDefault(f => f.Form == FormKind.IndicatorsByOrganisation)?.Annex,
            Municipality = project.Municipality,
            Years = years,
            Indicators = annexIndicators,
            Sections = sections,
            TopSignatures = signatures.Where(s => s.AtTop).Select(s => SignatureData.From(s, isDraft)).ToList(),
            BottomSignatures = signatures.Where(s => !s.AtTop).Select(s => SignatureData.From(s, isDraft)).ToList(),
        };
    }

    private static AnnexFinancing Financing(IReadOnlyList<(string? Title, string? BudgetCode, List<Amount> Amounts)> lines)
    {
        var years = lines.SelectMany(l => l.Amounts).Select(a => a.Year).OfType<int>().Distinct().Order().ToList();
        return new AnnexFinancing
        {
            Years = years,
            Lines = lines.Select((line, i) => Line(Number(i + 1), line.Title ?? "", line.BudgetCode, line.Amounts, years, typed: true)).ToList(),
            Total = Line("", "Всего по проекту", null, lines.SelectMany(l => l.Amounts).ToList(), years, typed: false),
        };
    }

    // An activity's cell prints what was typed (several values one per line); the totals row sums its column.
    private static AnnexFinancingLine Line(string number, string title, string? code, IReadOnlyList<Amount> amounts, IReadOnlyList<int> years, bool typed) => new()
    {
        Number = number,
        Title = title,
        BudgetCode = code,
        Cells = years.Select(year =>
        {
            var texts = amounts.Where(a => a.Year == year).Select(a => a.Text).ToList();
            return texts.Count == 0 ? BudgetFormCell.Empty
                : typed ? BudgetFormCell.Typed(texts)
                : BudgetFormCell.Computed(BudgetTotals.Sum(texts));
        }).ToList(),
        Total = BudgetFormCell.Computed(BudgetTotals.Sum(amounts.Select(a => a.Text))),
    };

    private static string Heading(int index, string name) => string.Create(CultureInfo.InvariantCulture, $"Показатель {index + 1} {name}");

    private static string Number(int number) => string.Create(CultureInfo.InvariantCulture, $"{number}.");

    private static List<Amount> Amounts(BudgetItem line) =>
        line.Amounts.OrderBy(a => a.Year).ThenBy(a => a.SortOrder).ThenBy(a => a.Id).Select(a => new Amount(a.Year, a.Text)).ToList();

    private sealed record Amount(int? Year, string Text);
}
