using ProjectOffice.Data.Exchange;

namespace ProjectOffice.Web.Features.Practices;

/// <summary>The import page: the problems of the last uploaded file, if any.</summary>
public sealed class PracticeImportModel
{
    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];
}
