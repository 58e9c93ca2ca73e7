namespace ProjectOffice.Web.Features.FundingSources;

/// <summary>The funding sources reference list, in the order budgets print their columns.</summary>
public sealed class FundingSourcesForm
{
    public List<FundingSourceInput> Sources { get; set; } = [];
}
