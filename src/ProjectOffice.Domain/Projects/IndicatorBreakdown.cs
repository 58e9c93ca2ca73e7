namespace ProjectOffice.Domain.Projects;

/// <summary>Annex 2: an indicator broken down by organisation, with its own baseline and value per year.</summary>
public sealed class IndicatorBreakdown
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    /// <summary>The organisation as the annex words it; OrganisationId when it is a known one.</summary>
    public string Organisation { get; set; } = "";
    public int? OrganisationId { get; set; }
    public string? BaselineText { get; set; }
    public decimal? Baseline { get; set; }
    public DateOnly? BaselineDate { get; set; }
    public int SortOrder { get; set; }
    public List<IndicatorBreakdownValue> Values { get; set; } = [];
}
