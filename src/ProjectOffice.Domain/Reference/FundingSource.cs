namespace ProjectOffice.Domain.Reference;

/// <summary>A source of money in budgets («Федеральный бюджет», «Внебюджетные источники (гранты)»): a list the administrator edits.</summary>
public sealed class FundingSource
{
    public int Id { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The column caption after «Всего, в том числе за счет средств:» («федерального бюджета»).</summary>
    public string? NameGenitive { get; set; }
    public int SortOrder { get; set; }
    public bool IsArchived { get; set; }
}
