namespace ProjectOffice.Domain.Approval;

/// <summary>How the office's warning list words each kind of conflict.</summary>
public static class RoleConflictText
{
    public static string Of(RoleConflictKind kind, int? versionNumber, string? stageName) => kind switch
    {
        RoleConflictKind.CuratorIsEditor =>
            "Куратор проекта одновременно его руководитель или администратор: он может утвердить собственный паспорт. Назначьте другого куратора.",
        RoleConflictKind.ApprovedByAgreer => $"Версия {versionNumber}: согласовал и утвердил один и тот же человек.",
        RoleConflictKind.ApprovedBySubmitter => $"Версия {versionNumber}: утвердил тот же человек, что передал паспорт на согласование.",
        RoleConflictKind.StageClosedByReporter => $"Этап «{stageName}»: закрыл тот же человек, что доложил о его завершении.",
        _ => kind.ToString(),
    };
}
