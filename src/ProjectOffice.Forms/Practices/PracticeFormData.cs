using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Forms.Practices;

/// <summary>
/// Everything the practice passport prints, loaded by one query (<see cref="PracticeFormQuery.LoadAsync"/>):
/// the practice with its rows in printed order, plus what is computed (numbers, the cost total, the paired
/// columns of section 12). The practice page and the printed form read the same record.
/// </summary>
public sealed class PracticeFormData
{
    public required Practice Practice { get; init; }
    public string? ProjectName { get; init; }

    public IReadOnlyList<PracticeListItem> Opportunities => [.. Practice.ListItems.Where(i => i.Kind == PracticeListKind.Opportunity)];
    public IReadOnlyList<PracticeListItem> Approaches => [.. Practice.ListItems.Where(i => i.Kind == PracticeListKind.Approach)];
    public IReadOnlyList<PracticeNormativeAct> AdoptedActs => [.. Practice.NormativeActs.Where(a => a.Kind == NormativeActKind.Adopted)];
    public IReadOnlyList<PracticeNormativeAct> AmendedActs => [.. Practice.NormativeActs.Where(a => a.Kind == NormativeActKind.Amended)];

    /// <summary>Section 12 prints the involved and the reached side by side, row by row.</summary>
    public IReadOnlyList<(PracticeStakeholder? Involved, PracticeStakeholder? Reached)> StakeholderRows
    {
        get
        {
            var involved = Practice.Stakeholders.Where(s => s.Kind == StakeholderKind.Involved).ToList();
            var reached = Practice.Stakeholders.Where(s => s.Kind == StakeholderKind.Reached).ToList();
            return Enumerable.Range(0, Math.Max(involved.Count, reached.Count))
                .Select(i => (involved.ElementAtOrDefault(i), reached.ElementAtOrDefault(i)))
                .ToList();
        }
    }

    /// <summary>Results with a comment, with their printed row number: «Комментарии по пункту N таблицы».</summary>
    public IReadOnlyList<(int Number, PracticeResult Result)> CommentedResults =>
        Practice.Results.Select((r, i) => (i + 1, r)).Where(x => !string.IsNullOrWhiteSpace(x.r.Comment)).ToList();

    public decimal CostTotal => ThousandRubles.Total(Practice.Costs);

    public bool HasDescriptionTable => Practice.DescriptionTableColumns.Count > 0;

    public bool IsDraft => Practice.Status == PracticeStatus.Draft;

    /// <summary>The date the file name carries: when the office published it.</summary>
    public DateOnly? PublishedOn => Practice.PublishedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null;

    public bool HasSignature => Practice.SignaturePosition is not null || Practice.SignatureOrganisation is not null || Practice.SignatureName is not null;
}
