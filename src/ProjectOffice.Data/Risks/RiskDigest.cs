using ProjectOffice.Domain.Risks;

namespace ProjectOffice.Data.Risks;

/// <summary>An open risk as reports and reminders list it: what, how bad, whose, when to look again.</summary>
public sealed record RiskDigest(
    int ProjectId, int RiskId, string Title, RiskKind Kind, int Probability, int Impact, RiskLevel Level, RiskStatus Status,
    DateOnly? ReviewDate, int? OwnerPersonId);
