using System.Globalization;
using ProjectOffice.Domain.Plans;

namespace ProjectOffice.Domain.Risks;

/// <summary>The register's rules: what is open, which status may follow which, what input is refused and why.</summary>
public static class RiskRules
{
    public static bool IsOpen(RiskStatus status) => status is RiskStatus.Open or RiskStatus.Monitoring;

    /// <summary>
    /// Open and monitored risks move between each other, happen or close; a risk that happened can only be closed
    /// (its problem carries on); a closed risk may be reopened.
    /// </summary>
    public static bool CanMove(RiskStatus from, RiskStatus to) => (from, to) switch
    {
        _ when from == to => false,
        (RiskStatus.Open or RiskStatus.Monitoring, _) => true,
        (RiskStatus.Occurred, RiskStatus.Closed) => true,
        (RiskStatus.Closed, RiskStatus.Open) => true,
        _ => false,
    };

    public static IReadOnlyList<RiskStatus> NextStatuses(RiskStatus from) =>
        Enum.GetValues<RiskStatus>().Where(to => CanMove(from, to)).ToList();

    /// <summary>A problem past its deadline and not resolved is late (dashboards count it).</summary>
    public static bool IsLate(ProblemStatus status, DateOnly? deadline, DateOnly today) =>
        status == ProblemStatus.Open && deadline is { } due && due < today;

    /// <summary>A review date that has come (or passed) for a risk still open: the owner should look again.</summary>
    public static bool IsReviewDue(RiskStatus status, DateOnly? reviewDate, DateOnly today) =>
        IsOpen(status) && reviewDate is { } date && date <= today;

    public static string? MarkError(int mark, RiskMatrix matrix, string what)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return matrix.OnScale(mark) ? null : string.Create(CultureInfo.InvariantCulture, $"{what}: оценка от 1 до {matrix.Scale}.");
    }

    public static string? ReviewDateError(DateOnly? reviewDate, DateRange period) =>
        reviewDate is { } date && !period.Contains(date)
            ? $"Дата пересмотра должна быть в сроке проекта: с {RussianDate.Format(period.Start)} по {RussianDate.Format(period.End)}."
            : null;

    public static string? OwnerError(int? personId, IReadOnlySet<int> team, string what) =>
        personId is { } id && !team.Contains(id) ? $"{what} должен быть участником команды проекта." : null;
}
