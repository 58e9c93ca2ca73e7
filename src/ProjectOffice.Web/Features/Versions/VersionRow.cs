namespace ProjectOffice.Web.Features.Versions;

public sealed class VersionRow
{
    public required int Number { get; init; }
    public required DateOnly ApprovedOn { get; init; }
    public required string ApprovedBy { get; init; }
    public required string AgreedBy { get; init; }
    public DateOnly? AgreedOn { get; init; }
    public string? ChangeReason { get; init; }
}
