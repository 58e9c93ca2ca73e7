using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Risks;

/// <summary>An open problem as reports list it; late when its deadline has passed.</summary>
public sealed record ProblemDigest(
    int ProjectId, int ProblemId, string Title, string? Decision, DateOnly? Deadline, int? ResponsiblePersonId, bool IsLate);
