namespace ProjectOffice.Web.Features.Projects;

public sealed class ApiProjectSummary
{
    public required int Id { get; init; }
    public required string Name { get; init; }
    public string? ShortName { get; init; }

    /// <summary>«municipal» or «national».</summary>
    public required string Layout { get; init; }

    /// <summary>«draft», «inAgreement», «inApproval», «approved», «completed».</summary>
    public required string Status { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
}
