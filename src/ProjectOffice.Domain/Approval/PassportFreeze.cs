using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Approval;

/// <summary>
/// Why a passport cannot be edited now (<see cref="PassportWorkflow.IsPassportEditable"/> is false), in words that
/// tell the leader what to do about it.
/// </summary>
public static class PassportFreeze
{
    /// <summary>The message for a frozen passport; null while it is a draft.</summary>
    public static string? Reason(ProjectStatus status) => status switch
    {
        _ when PassportWorkflow.IsPassportEditable(status) => null,
        ProjectStatus.InAgreement =>
            "Паспорт на согласовании в проектном офисе: изменить его сейчас нельзя. Чтобы исправить, попросите проектный офис вернуть паспорт на доработку.",
        ProjectStatus.InApproval =>
            "Паспорт на утверждении у куратора: изменить его сейчас нельзя. Чтобы исправить, попросите куратора вернуть паспорт на доработку.",
        ProjectStatus.Approved => "Паспорт утверждён. Чтобы изменить его, откройте запрос на изменение.",
        _ => $"Паспорт в статусе «{StatusLabels.Of(status)}»: изменить его нельзя.",
    };
}
