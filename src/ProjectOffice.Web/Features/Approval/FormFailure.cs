using ProjectOffice.Domain.Approval;

namespace ProjectOffice.Web.Features.Approval;

/// <summary>A refused step: the page shows the message in the form that was sent, with the comment as typed.</summary>
public sealed record FormFailure(DecisionKind Kind, int? StageId, string Message, string? Comment);
