namespace ProjectOffice.Forms.Risks;

/// <summary>What the register page adds to the printed register: edit links when the reader may edit.</summary>
public sealed record RiskRegisterScreen(bool CanEdit)
{
    public static string RiskUrl(int projectId, int riskId) => $"/projects/{projectId}/risks/{riskId}/edit";

    public static string ProblemUrl(int projectId, int problemId) => $"/projects/{projectId}/problems/{problemId}/edit";
}
