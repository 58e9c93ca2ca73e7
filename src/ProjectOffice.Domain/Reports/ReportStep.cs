namespace ProjectOffice.Domain.Reports;

/// <summary>A decision on a report. Correct opens a new revision of an accepted report; the accepted one stays as it was.</summary>
public enum ReportStep
{
    Submit = 1,
    CuratorReturn = 2,
    Agree = 3,
    OfficeReturn = 4,
    Accept = 5,
    Correct = 6,
}
