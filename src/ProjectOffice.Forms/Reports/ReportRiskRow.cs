namespace ProjectOffice.Forms.Reports;

/// <summary>
/// A line of the report's «Риски и проблемы» from the risk register: an open high or critical risk, or an open problem
/// (late ones marked). Frozen with the rest of the document when the office accepts the report.
/// </summary>
public sealed record ReportRiskRow
{
    /// <summary>«Риск» or «Проблема».</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }

    /// <summary>A risk's level («критический», «высокий»); a problem's state («открыта», «просрочена»).</summary>
    public required string State { get; init; }
    public string? Responsible { get; init; }

    /// <summary>A risk's review date, a problem's deadline.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>A problem's decision.</summary>
    public string? Decision { get; init; }

    /// <summary>A problem past its deadline: printed bold and red like a late event.</summary>
    public bool IsLate { get; init; }
}
