namespace ProjectOffice.Domain.Projects;

/// <summary>
/// A row group of a budget table: a stage (municipal), a result or direction (national), or an activity of a
/// financing section of the additional materials. Its amounts are split by funding source and year; totals are computed.
/// </summary>
public sealed class BudgetItem
{
    public int Id { get; set; }
    public int ProjectId { get; set; }

    /// <summary>Null for the passport's budget; the financing section of the additional materials otherwise.</summary>
    public int? SectionId { get; set; }
    public int? StageId { get; set; }
    public Stage? Stage { get; set; }

    /// <summary>The direction's title as printed (national layout); municipal rows print their stage.</summary>
    public string? Title { get; set; }

    /// <summary>The section-3 result this direction finances, when known.</summary>
    public int? ResultId { get; set; }

    /// <summary>
    /// A national direction's number as the signed paper typed it («1.3.»), printed instead of the number by position
    /// (<see cref="DirectionNumbering"/>); null to number by position.
    /// </summary>
    public string? DirectionNumber { get; set; }

    /// <summary>Код бюджетной классификации (supplementary table).</summary>
    public string? BudgetCode { get; set; }
    public int SortOrder { get; set; }
    public List<BudgetAmount> Amounts { get; set; } = [];
}
