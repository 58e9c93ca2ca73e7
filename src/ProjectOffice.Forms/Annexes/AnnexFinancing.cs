namespace ProjectOffice.Forms.Annexes;

/// <summary>The table of a financing section: activities × years in million rubles, with computed totals.</summary>
public sealed record AnnexFinancing
{
    public required IReadOnlyList<int> Years { get; init; }
    public required IReadOnlyList<AnnexFinancingLine> Lines { get; init; }

    /// <summary>«Всего по проекту»: every column summed.</summary>
    public required AnnexFinancingLine Total { get; init; }
}
