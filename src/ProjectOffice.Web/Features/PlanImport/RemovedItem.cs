namespace ProjectOffice.Web.Features.PlanImport;

/// <summary>A plan item missing from the upload, to be deleted; <see cref="Note"/> says what happens to its control events.</summary>
public sealed record RemovedItem(string Number, string KindName, string Title, string? Note);
