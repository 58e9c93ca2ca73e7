using ProjectOffice.Data.Exchange;

namespace ProjectOffice.Web.Features.Exchange;

public sealed class ImportModel
{
    public string? FileName { get; init; }
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
}
