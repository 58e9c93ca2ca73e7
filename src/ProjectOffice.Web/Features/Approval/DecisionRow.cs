namespace ProjectOffice.Web.Features.Approval;

public sealed class DecisionRow
{
    public required DateTimeOffset At { get; init; }
    public required string UserName { get; init; }
    public required string What { get; init; }
    public string? StageName { get; init; }
    public string? Comment { get; init; }
    public int? VersionNumber { get; init; }
    public bool IsReturn { get; init; }
}
