using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Risks;

public sealed class ProblemPage
{
    public required ProjectHeader Project { get; init; }
    public required ProblemForm Form { get; init; }

    /// <summary>0 for a new problem.</summary>
    public required int ProblemId { get; init; }
    public required RiskChoices Choices { get; init; }

    public bool IsNew => ProblemId == 0;
}
