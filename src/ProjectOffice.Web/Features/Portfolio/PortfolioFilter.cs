using ProjectOffice.Domain.Projects;
using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Web.Features.Portfolio;

/// <summary>The portfolio's filters, sort and page, all in the query string so a view can be linked and exported.</summary>
public sealed class PortfolioFilter
{
    public string? Period { get; set; }
    public int? Curator { get; set; }
    public int? Organisation { get; set; }
    public ProjectStatus? Status { get; set; }
    public int? Year { get; set; }
    public string? FederalProject { get; set; }

    /// <summary>Only projects whose highest open risk is at this level or above.</summary>
    public RiskLevel? Risk { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
}
