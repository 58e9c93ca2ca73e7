namespace ProjectOffice.Web.Features.Projects;

public sealed class ApiStage
{
    public required string Name { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
}
