namespace ProjectOffice.Web.Features.Layout;

/// <summary>The page of a change refused because what it would change is frozen (409): why, and where to go instead.</summary>
public sealed class RefusedModel
{
    public required string Message { get; init; }
    public required string BackUrl { get; init; }
    public required string BackText { get; init; }
}
