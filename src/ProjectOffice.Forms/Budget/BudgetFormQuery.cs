using Microsoft.EntityFrameworkCore;
using ProjectOffice.Data;
using ProjectOffice.Domain.Projects;
using ProjectOffice.Forms.Layout;

namespace ProjectOffice.Forms.Budget;

/// <summary>Reads one project's «Бюджет проекта» into <see cref="BudgetFormData"/>.</summary>
public static class BudgetFormQuery
{
    public static async Task<BudgetFormData?> LoadAsync(AppDbContext db, int projectId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Id == projectId)
            .Select(p => new
            {
                p.Name,
                p.Status,
                p.BudgetBreakdown,
                Stages = p.Stages.OrderBy(s => s.SortOrder).Select(s => new { s.Id, s.Name, s.PrintedNames }).ToList(),
                Items = p.BudgetItems.Where(b => b.SectionId == null).OrderBy(b => b.SortOrder).Select(b => new
                {
                    b.StageId,
                    b.Title,
                    Amounts = b.Amounts.OrderBy(a => a.Year).ThenBy(a => a.SortOrder).Select(a => new Amount(
                        a.FundingSourceId, a.Year, a.Text,
                        a.FundingSource == null ? null : new Source(a.FundingSource.Id, a.FundingSource.NameGenitive ?? a.FundingSource.Name, a.FundingSource.SortOrder))).ToList(),
                }).ToList(),
                Signatures = p.Signatures.Where(s => s.Form == FormKind.Budget).OrderBy(s => s.SortOrder).ToList(),
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

        var sources = project.Items.SelectMany(i => i.Amounts).Select(a => a.Source).OfType<Source>().Distinct().ToList();
        if (sources.Count == 0)
        {
            // An empty budget still prints its columns, to be filled in by hand.
            sources = await db.FundingSources.AsNoTracking().Where(f => !f.IsArchived)
                .Select(f => new Source(f.Id, f.NameGenitive ?? f.Name, f.SortOrder)).ToListAsync(ct);
        }

        sources = [.. sources.OrderBy(s => s.SortOrder).ThenBy(s => s.Id)];

        var byStage = project.BudgetBreakdown == BudgetBreakdown.Stage;
        var rows = byStage
            ? project.Stages.Select((stage, i) => (
                Name: $"{i + 1} этап. {stage.PrintedNames.FirstOrDefault(v => v.Form == FormKind.Budget)?.Text ?? stage.Name}",
                Amounts: project.Items.Where(b => b.StageId == stage.Id).SelectMany(b => b.Amounts).ToList()))
            : project.Items.Select(item => (Name: item.Title ?? "", Amounts: item.Amounts));
        var rowData = rows.ToList();

        return new BudgetFormData
        {
            ProjectName = project.Name,
            IsDraft = project.Status < ProjectStatus.Approved,
            ApprovedOn = project.ApprovedOn,
            // The paper form is municipal (by stage); a national budget (by direction) is printed the same way, its totals over the years.
            RowCaption = byStage ? "Наименование этапа реализации проекта" : "Наименование результата (направления)",
            AmountsCaption = byStage ? "Объем финансирования этапа реализации проекта, млн. руб." : "Объем финансирования, млн. руб.",
            BreakdownCaption = byStage ? "в том числе в разрезе этапов реализации:" : "в том числе в разрезе результатов (направлений):",
            Sources = sources.Select(s => s.Caption).ToList(),
            Total = Row(1, "Проект в целом", rowData.SelectMany(r => r.Amounts).ToList(), sources, TotalCell),
            Rows = rowData.Select((r, i) => Row(i + 2, r.Name, r.Amounts, sources, Cell)).ToList(),
            TopSignatures = project.Signatures.Where(s => s.AtTop).Select(Signature).ToList(),
            BottomSignatures = project.Signatures.Where(s => !s.AtTop).Select(Signature).ToList(),
        };
    }

    private static BudgetFormRow Row(
        int number, string name, IReadOnlyList<Amount> amounts, IReadOnlyList<Source> sources, Func<IReadOnlyList<Amount>, BudgetFormCell> cell) => new()
    {
        Number = number,
        Name = name,
        Cells = [TotalCell(amounts), .. sources.Select(source => cell(amounts.Where(a => a.SourceId == source.Id).ToList()))],
    };

    private static BudgetFormCell TotalCell(IReadOnlyList<Amount> amounts) =>
        BudgetFormCell.Computed(BudgetTotals.Sum(amounts.Select(a => a.Text)));

    // One cell of one year prints what was typed; a cell that covers several years (national budgets) prints their sum.
    private static BudgetFormCell Cell(IReadOnlyList<Amount> amounts) =>
        amounts.Count == 0 ? BudgetFormCell.Empty
        : amounts.Select(a => a.Year).Distinct().Count() == 1 ? BudgetFormCell.Typed(amounts.Select(a => a.Text).ToList())
        : TotalCell(amounts);

    private static SignatureData Signature(FormSignature s) => new()
    {
        Kind = s.Kind,
        Position = s.PositionText,
        Organisation = s.OrganisationText,
        Name = s.NameText,
        Date = s.Date,
        // Printed as the signed paper gives it, for drafts too, until approval dates are kept per form.
        DateText = s.DateText,
    };

    private sealed record Source(int Id, string Caption, int SortOrder);

    private sealed record Amount(int? SourceId, int? Year, string Text, Source? Source);
}
