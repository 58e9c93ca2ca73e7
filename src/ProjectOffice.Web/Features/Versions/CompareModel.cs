using ProjectOffice.Data.Versions;

namespace ProjectOffice.Web.Features.Versions;

public sealed class CompareModel
{
    public required int ProjectId { get; init; }
    public required string ProjectName { get; init; }

    /// <summary>As in the address: a version number or «current».</summary>
    public required string A { get; init; }
    public required string B { get; init; }
    public required string TitleA { get; init; }
    public required string TitleB { get; init; }
    public required IReadOnlyList<int> Numbers { get; init; }
    public required IReadOnlyList<ProjectChange> Changes { get; init; }
}
