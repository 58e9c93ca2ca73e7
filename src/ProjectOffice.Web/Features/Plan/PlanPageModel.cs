using ProjectOffice.Domain.Plans;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Plan;

public sealed class PlanPageModel
{
    private bool? hasIndicators;
    private bool? hasDocuments;
    private bool? hasLevels;

    public required ProjectHeader Project { get; init; }
    public required IReadOnlyList<PlanRow> Rows { get; init; }
    public required bool CanEdit { get; init; }

    /// <summary>Items under a closed stage: shown without their edit buttons.</summary>
    public IReadOnlySet<int> Locked { get; init; } = new HashSet<int>();
    public required IReadOnlyList<PlanItemKind> TopKinds { get; init; }
    public string? Message { get; init; }
    public string? Error { get; init; }

    // Computed once: the view asks them inside its per-row loop, which made a 1,000-row plan test every row per row.
    public bool HasIndicators => hasIndicators ??= Rows.Any(r => r.IndicatorName is not null || r.IndicatorUnit is not null || r.PlannedValueText is not null);
    public bool HasDocuments => hasDocuments ??= Rows.Any(r => r.DocumentType is not null);
    public bool HasLevels => hasLevels ??= Rows.Any(r => r.ControlLevel is not null || r.ControlLevelText is not null);
    public IReadOnlyList<int> Years => field ??= Rows.SelectMany(r => r.YearValues).Select(v => v.Year).Distinct().Order().ToList();
}
