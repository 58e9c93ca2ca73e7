namespace ProjectOffice.Domain.Reports;

/// <summary>Кассовое исполнение from one funding source in the period, million rubles, as typed and as a number.</summary>
public sealed class ReportBudgetEntry
{
    public int FundingSourceId { get; set; }
    public string? ExecutedText { get; set; }
    public decimal? Executed { get; set; }
}
