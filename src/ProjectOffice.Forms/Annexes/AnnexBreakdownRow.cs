using ProjectOffice.Forms.Plan;

namespace ProjectOffice.Forms.Annexes;

/// <summary>A row of Annex 2: an organisation's baseline and planned values of one indicator.</summary>
public sealed record AnnexBreakdownRow
{
    /// <summary>«1.», «2.» … across the whole annex.</summary>
    public required string Number { get; init; }

    /// <summary>«Образовательные организации», as the annex words it.</summary>
    public required string Organisation { get; init; }
    public string? Baseline { get; init; }
    public PrintedDate? BaselineDate { get; init; }

    /// <summary>Values as typed, aligned with <see cref="AnnexesFormData.Years"/> ("" where none).</summary>
    public required IReadOnlyList<string> Values { get; init; }
}
