using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Risks;

/// <summary>A project's register in a few numbers: open risks by level, the highest level, open and late problems.</summary>
public sealed record RiskRegisterSummary(
    int ProjectId, int Risks, IReadOnlyDictionary<RiskLevel, int> OpenByLevel, int OpenProblems, int LateProblems)
{
    public int OpenRisks => OpenByLevel.Values.Sum();

    /// <summary>The highest level among open risks; null when none is open (the portfolio's column).</summary>
    public RiskLevel? Highest => OpenByLevel.Where(l => l.Value > 0).Select(l => (RiskLevel?)l.Key).Max();

    public static RiskRegisterSummary Empty(int projectId) => new(projectId, 0, new Dictionary<RiskLevel, int>(), 0, 0);
}
