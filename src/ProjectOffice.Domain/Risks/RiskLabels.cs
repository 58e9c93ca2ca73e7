using ProjectOffice.Domain.Projects;

namespace ProjectOffice.Domain.Risks;

/// <summary>The one Russian word for each value of the register's enums: the page, the print and the journal use these.</summary>
public static class RiskLabels
{
    /// <summary>
    /// The kind as item 22 words it («Внешние риски:» / «Внутренние риски:»). The national layout has no item 22 and
    /// uses the same words.
    /// </summary>
    public static string Kind(RiskKind kind, ProjectLayout layout = ProjectLayout.Municipal) => (kind, layout) switch
    {
        (RiskKind.External, _) => "внешний",
        (RiskKind.Internal, _) => "внутренний",
        _ => kind.ToString(),
    };

    /// <summary>The passport's heading for the kind: «Внешние риски».</summary>
    public static string KindHeading(RiskKind kind) => kind == RiskKind.External ? "Внешние риски" : "Внутренние риски";

    public static string Strategy(RiskStrategy strategy) => strategy switch
    {
        RiskStrategy.Avoid => "избежать",
        RiskStrategy.Mitigate => "снизить",
        RiskStrategy.Transfer => "передать",
        RiskStrategy.Accept => "принять",
        _ => strategy.ToString(),
    };

    public static string Status(RiskStatus status) => status switch
    {
        RiskStatus.Open => "открыт",
        RiskStatus.Monitoring => "мониторинг",
        RiskStatus.Occurred => "реализовался",
        RiskStatus.Closed => "закрыт",
        _ => status.ToString(),
    };

    public static string Level(RiskLevel level) => level switch
    {
        RiskLevel.Low => "низкий",
        RiskLevel.Medium => "средний",
        RiskLevel.High => "высокий",
        RiskLevel.Critical => "критический",
        _ => level.ToString(),
    };

    public static string ProblemStatus(ProblemStatus status) => status switch
    {
        Risks.ProblemStatus.Open => "открыта",
        Risks.ProblemStatus.Resolved => "решена",
        _ => status.ToString(),
    };
}
