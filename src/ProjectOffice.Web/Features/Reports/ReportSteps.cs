using ProjectOffice.Domain.Reports;

namespace ProjectOffice.Web.Features.Reports;

/// <summary>The URL segment of each decision (…/reports/2021-03/agree).</summary>
public static class ReportSteps
{
    public static string Slug(ReportStep step) => step switch
    {
        ReportStep.CuratorReturn => "curator-return",
        ReportStep.Agree => "agree",
        ReportStep.OfficeReturn => "office-return",
        ReportStep.Accept => "accept",
        ReportStep.Correct => "correct",
        _ => "",
    };
}
