using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Approval;

public static class StatusLabels
{
    public static string Of(ProjectStatus status) => status switch
    {
        ProjectStatus.Draft => "Черновик",
        ProjectStatus.InAgreement => "На согласовании",
        ProjectStatus.InApproval => "На утверждении",
        ProjectStatus.Approved => "Утвержден",
        ProjectStatus.Completed => "Завершен",
        _ => status.ToString(),
    };

    public static string Of(StageStatus status) => status switch
    {
        StageStatus.Open => "В работе",
        StageStatus.Reported => "Ждет закрытия куратором",
        StageStatus.Closed => "Закрыт",
        _ => status.ToString(),
    };
}
