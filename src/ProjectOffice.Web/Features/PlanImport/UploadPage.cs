using ProjectOffice.Forms.Plan;
using ProjectOffice.Web.Features.Layout;

namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>The upload form, with what was wrong with the last file: one message or the problems row by row.</summary>
public sealed class UploadPage
{
    public required ProjectHeader Project { get; init; }
    public string? FileName { get; init; }
    public string? Error { get; init; }
    public IReadOnlyList<PlanSheetProblem> Problems { get; init; } = [];
}
