namespace ProjectOffice.Web.Features.Reports;

public sealed class BudgetInput
{
    public int FundingSourceId { get; set; }
    public string? ExecutedText { get; set; }
}
