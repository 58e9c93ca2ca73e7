namespace ProjectOffice.Web.Features.Risks;

/// <summary>A measure row of the risk form: its text and an optional link, «plan:12» or «event:5».</summary>
public sealed class MeasureInput
{
    public string? Text { get; set; }
    public string? Link { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrEmpty(Link);

    public const string PlanPrefix = "plan:";
    public const string EventPrefix = "event:";
}
