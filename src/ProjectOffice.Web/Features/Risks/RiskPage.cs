using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.Risks;

/// <summary>The risk editor: the form, what it offers and the project it belongs to.</summary>
public sealed class RiskPage
{
    public required ProjectHeader Project { get; init; }
    public required RiskForm Form { get; init; }

    /// <summary>0 for a new risk.</summary>
    public required int RiskId { get; init; }
    public required RiskChoices Choices { get; init; }
    public required int Scale { get; init; }

    /// <summary>The passport line the risk came from (item 22), shown as a reminder; the passport itself is not edited here.</summary>
    public string? PassportText { get; init; }

    public bool IsNew => RiskId == 0;
}
