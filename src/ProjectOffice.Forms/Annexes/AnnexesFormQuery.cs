using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Budget;
using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Annexes;

/// <summary>Reads one project's Annex 2 and additional materials into <see cref="AnnexesFormData"/>.</summary>
public static class AnnexesFormQuery
{
    private static readonly FormKind[] Forms = [FormKind.IndicatorsByOrganisation, FormKind.IndicatorMethods, FormKind.AdditionalMaterials];

    public static async Task<AnnexesFormData?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.Name,
                p.Status,
                p.Level,
                p.Municipality,
                p.StartDate,
                p.EndDate,
                Annex = p.Forms.Where(f => f.Form == FormKind.IndicatorsByOrganisation).Select(f => f.Annex).FirstOrDefault(),
                Signatures = p.Signatures.Where(s => Forms.Contains(s.Form)).OrderBy(s => s.Form).ThenBy(s => s.SortOrder).ToList(),
                Footnotes = p.Footnotes.Where(f => Forms.Contains(f.Form) && f.Caption != null).OrderBy(f => f.SortOrder).ToList(),
                Indicators = p.Indicators.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => new
                {
                    i.Name,
                    i.Unit,
                    i.UnitInName,
                    i.PrintedNames,
                    i.MethodFormula,
                    i.MethodBaseIndicators,
                    i.DataSource,
                    i.Collector,
                    i.AggregationLevel,
                    i.Periodicity,
                    i.AdditionalInfo,
                    Breakdown = i.Breakdown.OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new
                    {
                        b.Organisation,
                        b.BaselineText,
                        b.BaselineDate,
                        Values = b.Values.Select(v => new { v.Year, v.Text }).ToList(),
                    }).ToList(),
                }).ToList(),
                Sections = p.Sections.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
                    .Select(s => new { s.Id, s.Kind, s.Title, s.Body, s.TableColumns, s.TableRows }).ToList(),
                Financing = p.BudgetItems.Where(b => b.SectionId != null).OrderBy(b => b.SortOrder).ThenBy(b => b.Id).Select(b => new
                {
                    SectionId = b.SectionId!.Value,
                    b.Title,
                    b.BudgetCode,
                    Amounts = b.Amounts.OrderBy(a => a.Year).ThenBy(a => a.SortOrder).Select(a => new Amount(a.Year, a.Text)).ToList(),
                }).ToList(),
                ApprovedOn = p.Signatures
                    .Where(s => s.Form == FormKind.Passport && s.Kind == SignatureKind.Approved && s.Date != null)
                    .Select(s => s.Date).FirstOrDefault(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (project is null)
        {
            return null;
        }

        var isDraft = project.Status < ProjectStatus.Approved;
        var years = project.Indicators.SelectMany(i => i.Breakdown).SelectMany(b => b.Values).Select(v => v.Year).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            years = [.. Enumerable.Range(project.StartDate.Year, Math.Max(0, project.EndDate.Year - project.StartDate.Year + 1))];
        }

        // «Показатель N» counts every indicator of the passport, so an indicator without rows keeps the numbers of the rest.
        var indicators = project.Indicators.Select((indicator, i) =>
        {
            var name = indicator.UnitInName || indicator.Unit is null ? indicator.Name : $"{indicator.Name}, {indicator.Unit}";
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
            x.indicator.Breakdown.Select(b => new AnnexBreakdownRow
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

        var sections = project.Sections.Select(s =>
        {
            var notes = project.Footnotes.Where(f => f.Caption == s.Title).ToList();
            return new AnnexSection
            {
                Kind = s.Kind,
                Title = s.Title,
                Marker = notes.Count == 0 ? null : string.Concat(notes.Select(f => f.Marker)),
                Blocks = s.Kind == SectionKind.Text ? RichText.Parse(s.Body) : [],
                Methods = s.Kind == SectionKind.IndicatorMethods ? methods : [],
                Financing = s.Kind == SectionKind.Financing
                    ? Financing(project.Financing.Where(f => f.SectionId == s.Id).Select(f => (f.Title, f.BudgetCode, f.Amounts)).ToList())
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
            ApprovedOn = project.ApprovedOn,
            LevelGenitive = ProjectLabels.LevelGenitive(project.Level),
            Annex = project.Annex,
            Municipality = project.Municipality,
            Years = years,
            Indicators = annexIndicators,
            Sections = sections,
            TopSignatures = project.Signatures.Where(s => s.AtTop).Select(s => PlanPrinting.Signature(s, isDraft)).ToList(),
            BottomSignatures = project.Signatures.Where(s => !s.AtTop).Select(s => PlanPrinting.Signature(s, isDraft)).ToList(),
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

    private sealed record Amount(int? Year, string Text);
}
