using ProjectOffice.Domain.Practices;

namespace ProjectOffice.Data.Exchange;

/// <summary>The imported practice (added to the context, not saved) or every problem found; notes say what was done differently than asked.</summary>
public sealed record PracticeImportOutcome(Practice? Practice, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Notes)
{
    public static PracticeImportOutcome Failed(params ImportProblem[] problems) => new(null, problems, []);
}
