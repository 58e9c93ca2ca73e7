namespace ProjectOffice.Forms.Annexes;

/// <summary>One indicator of «Методика расчета целевых показателей»: its heading row and its row of columns.</summary>
public sealed record AnnexMethod
{
    /// <summary>«Показатель 1 Доля детей …, %».</summary>
    public required string Heading { get; init; }

    /// <summary>«1.».</summary>
    public required string Number { get; init; }

    /// <summary>Методика расчета, LaTeX kept as typed.</summary>
    public string? Formula { get; init; }
    public string? BaseIndicators { get; init; }
    public string? DataSource { get; init; }
    public string? Collector { get; init; }
    public string? AggregationLevel { get; init; }
    public string? Periodicity { get; init; }
    public string? AdditionalInfo { get; init; }

    /// <summary>The columns after the number, in printed order.</summary>
    public IReadOnlyList<string?> Columns => [Formula, BaseIndicators, DataSource, Collector, AggregationLevel, Periodicity, AdditionalInfo];
}
