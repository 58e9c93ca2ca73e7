namespace ProjectOffice.Domain.Reports;

/// <summary>How often a project reports: each month, each quarter, each year.</summary>
public enum ReportingPeriodKind
{
    Month = 1,
    Quarter = 2,
    Year = 3,
}
