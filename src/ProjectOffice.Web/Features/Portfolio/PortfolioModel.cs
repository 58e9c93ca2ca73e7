using ProjectOffice.Domain.Reports;
using ProjectOffice.Domain.Risks;
using ProjectOffice.Forms.Reports;

namespace ProjectOffice.Web.Features.Portfolio;

public sealed class PortfolioModel
{
    public required PortfolioFilter Filter { get; init; }
    public required ReportingPeriod Period { get; init; }
    public required IReadOnlyList<ProjectMonitoring> Rows { get; init; }

    /// <summary>The highest level among each shown project's open risks (issue 18); absent: no open risk.</summary>
    public required IReadOnlyDictionary<int, RiskLevel> HighestRisk { get; init; }
    public required int Total { get; init; }
    public required int Page { get; init; }
    public required int PageCount { get; init; }
    public required string Chart { get; init; }
    public required string RuleText { get; init; }
    public required IReadOnlyList<KeyValuePair<int, string>> Curators { get; init; }
    public required IReadOnlyList<KeyValuePair<int, string>> Organisations { get; init; }
}
